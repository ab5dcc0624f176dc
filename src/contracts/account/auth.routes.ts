import { z } from 'zod';
import { Problem } from '../common.js';
import { AuthResponse, ChangePasswordBody, LoginBody, ReauthBody, SignupBody } from './auth.js';
import { LoginResult } from './two-step.js';
import { ConfirmSignupBody, SignupPending } from './signup.js';
import { PasskeyChallenge } from './webauthn.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const authTable = defineRoutes({
  signup: {
    method: 'POST',
    path: '/api/v1/auth/signup',
    body: SignupBody,
    responses: { 201: AuthResponse, 202: SignupPending, 400: Problem, 429: Problem },
  },
  confirmSignup: {
    method: 'POST',
    path: '/api/v1/auth/signup/confirm',
    body: ConfirmSignupBody,
    responses: { 201: AuthResponse, 400: Problem, 429: Problem },
  },
  login: {
    method: 'POST',
    path: '/api/v1/auth/login',
    body: LoginBody,
    responses: { 200: LoginResult, 400: Problem, 401: Problem, 429: Problem },
  },
  logout: { method: 'POST', path: '/api/v1/auth/logout', responses: { 204: z.null().describe('Signed out'), ...authedProblems } },
  changePassword: {
    method: 'POST',
    path: '/api/v1/auth/password',
    body: ChangePasswordBody,
    responses: { 204: z.null().describe('Password changed'), ...authedProblems, 429: Problem },
  },
  reauthenticate: {
    method: 'POST',
    path: '/api/v1/auth/reauth',
    body: ReauthBody,
    responses: { 204: z.null().describe('Confirmed'), ...authedProblems, 429: Problem },
  },
  startPasskeyReauth: { method: 'POST', path: '/api/v1/auth/reauth/passkey', responses: { 200: PasskeyChallenge, ...authedProblems } },
});
