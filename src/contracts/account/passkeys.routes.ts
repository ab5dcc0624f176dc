import { z } from 'zod';
import { AuthResponse } from './auth.js';
import { IdParams, Problem } from '../common.js';
import {
  DeletePasskeyBody,
  FinishPasskeyLoginBody,
  FinishPasskeyRegistrationBody,
  FinishPasskeyRegistrationResult,
  Passkey,
  PasskeyList,
  PasskeyLoginStart,
  PasskeyOptions,
  RenamePasskeyBody,
} from './two-step.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const passkeysTable = defineRoutes({
  startPasskeyRegistration: {
    method: 'POST',
    path: '/api/v1/passkeys/registration/start',
    responses: { 200: z.object({ options: PasskeyOptions }), ...authedProblems },
  },
  finishPasskeyRegistration: {
    method: 'POST',
    path: '/api/v1/passkeys/registration/finish',
    body: FinishPasskeyRegistrationBody,
    responses: { 201: FinishPasskeyRegistrationResult, ...authedProblems },
  },
  listPasskeys: { method: 'GET', path: '/api/v1/passkeys', responses: { 200: PasskeyList, ...authedProblems } },
  renamePasskey: {
    method: 'PATCH',
    path: '/api/v1/passkeys/{id}',
    params: IdParams,
    body: RenamePasskeyBody,
    responses: { 200: Passkey, ...withNotFound },
  },
  deletePasskey: {
    method: 'DELETE',
    path: '/api/v1/passkeys/{id}',
    params: IdParams,
    body: DeletePasskeyBody,
    responses: { 204: z.null().describe('Removed'), ...withNotFound, 429: Problem },
  },
  startPasskeyLogin: { method: 'POST', path: '/api/v1/auth/passkey/start', responses: { 200: PasskeyLoginStart, 429: Problem } },
  finishPasskeyLogin: {
    method: 'POST',
    path: '/api/v1/auth/passkey/finish',
    body: FinishPasskeyLoginBody,
    responses: { 200: AuthResponse, 400: Problem, 401: Problem, 429: Problem },
  },
});
