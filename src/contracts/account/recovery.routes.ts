import { AuthResponse } from './auth.js';
import { Problem } from '../common.js';
import { PasswordResetRequested, RequestPasswordResetBody, ResetPasswordBody } from './recovery.js';
import { defineRoutes } from '../routes/define.js';

export const recoveryTable = defineRoutes({
  requestPasswordReset: {
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    body: RequestPasswordResetBody,
    responses: { 202: PasswordResetRequested, 400: Problem, 429: Problem },
  },
  resetPassword: {
    method: 'POST',
    path: '/api/v1/auth/password-reset/complete',
    body: ResetPasswordBody,
    responses: { 200: AuthResponse, 400: Problem, 403: Problem, 429: Problem },
  },
});
