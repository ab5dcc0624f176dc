import { z } from 'zod';
import { AuthResponse } from './auth.js';
import { Problem } from '../common.js';
import { CompleteLoginBody, ConfirmTotpBody, PasswordBody, RecoveryCodesResult, TotpSetup, TwoStepStatus } from './two-step.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const twoStepTable = defineRoutes({
  getTwoStep: { method: 'GET', path: '/api/v1/two-step', responses: { 200: TwoStepStatus, ...authedProblems } },
  startTotpSetup: {
    method: 'POST',
    path: '/api/v1/two-step/totp/setup',
    responses: { 200: TotpSetup, ...authedProblems, 409: Problem.describe('An authenticator app is already on') },
  },
  confirmTotpSetup: {
    method: 'POST',
    path: '/api/v1/two-step/totp/confirm',
    body: ConfirmTotpBody,
    responses: { 200: RecoveryCodesResult, ...authedProblems, 409: Problem.describe('No setup is waiting'), 429: Problem },
  },
  disableTotp: {
    method: 'DELETE',
    path: '/api/v1/two-step/totp',
    body: PasswordBody,
    responses: { 204: z.null().describe('Turned off'), ...authedProblems, 429: Problem },
  },
  regenerateRecoveryCodes: {
    method: 'POST',
    path: '/api/v1/two-step/recovery-codes',
    body: PasswordBody,
    responses: { 200: RecoveryCodesResult, ...authedProblems, 409: Problem.describe('No second factor is on'), 429: Problem },
  },
  completeLogin: {
    method: 'POST',
    path: '/api/v1/auth/login/complete',
    body: CompleteLoginBody,
    responses: { 200: AuthResponse, 400: Problem, 401: Problem, 429: Problem },
  },
});
