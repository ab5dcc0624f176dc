import type { SetAppLockBody } from '../../../contracts/app-lock.js';
import { call } from '../../api/call.js';

export const appLockApi = {
  get: (signal?: AbortSignal) => call('getAppLock', {}, { signal }),
  set: (body: SetAppLockBody) => call('setAppLock', { body }),
  remove: () => call('removeAppLock'),
};

export const IDLE_WORDS: Record<number, string> = {
  0: 'As soon as I leave Steady',
  1: 'After 1 minute without use',
  5: 'After 5 minutes without use',
  15: 'After 15 minutes without use',
  30: 'After 30 minutes without use',
};
