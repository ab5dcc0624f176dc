import { z } from 'zod';
import { Problem } from '../common.js';
import { AuthResponse } from './auth.js';
import { AppLockState, SetAppLockBody, UnlockAppBody } from './app-lock.js';
import { PasskeyChallenge } from './webauthn.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

const lockedProblems = {
  ...authedProblems,
  423: Problem.describe('This session is locked; only unlocking, locking and logging out answer'),
};

export const appLockTable = defineRoutes({
  getAppLock: { method: 'GET', path: '/api/v1/app-lock', responses: { 200: AppLockState, ...lockedProblems } },
  setAppLock: { method: 'PUT', path: '/api/v1/app-lock', body: SetAppLockBody, responses: { 200: AppLockState, ...lockedProblems } },
  removeAppLock: { method: 'DELETE', path: '/api/v1/app-lock', responses: { 200: AppLockState, ...lockedProblems } },
  lockApp: {
    method: 'POST',
    path: '/api/v1/app-lock/lock',
    responses: { 204: z.null().describe('Locked, or nothing to lock'), ...authedProblems },
  },
  unlockApp: { method: 'POST', path: '/api/v1/app-lock/unlock', body: UnlockAppBody, responses: { 200: AuthResponse, ...authedProblems } },
  startPasskeyUnlock: { method: 'POST', path: '/api/v1/app-lock/unlock/passkey', responses: { 200: PasskeyChallenge, ...authedProblems } },
});
