import type { AppLockState, SetAppLockBody } from '../../../contracts/app-lock.js';
import { api } from '../../api/client.js';

export const appLockApi = {
  get: (signal?: AbortSignal) => api.get<AppLockState>('/api/v1/app-lock', signal),
  set: (body: SetAppLockBody) => api.put<AppLockState>('/api/v1/app-lock', body),
  remove: () => api.delete<AppLockState>('/api/v1/app-lock'),
};

export const IDLE_WORDS: Record<number, string> = {
  0: 'As soon as I leave Steady',
  1: 'After 1 minute without use',
  5: 'After 5 minutes without use',
  15: 'After 15 minutes without use',
  30: 'After 30 minutes without use',
};
