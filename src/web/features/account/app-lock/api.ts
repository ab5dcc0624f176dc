import type { SetAppLockBody } from '../../../../contracts/account/app-lock.js';
import { call } from '../../../api/call.js';

export const appLockApi = {
  get: (signal?: AbortSignal) => call('getAppLock', {}, { signal }),
  set: (body: SetAppLockBody) => call('setAppLock', { body }),
  remove: () => call('removeAppLock'),
};
