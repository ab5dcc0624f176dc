import { z } from 'zod';
import { IdParams } from '../common.js';
import { SessionList } from './auth.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const sessionsTable = defineRoutes({
  listSessions: { method: 'GET', path: '/api/v1/sessions', responses: { 200: SessionList, ...authedProblems } },
  revokeSession: {
    method: 'DELETE',
    path: '/api/v1/sessions/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Session ended'), ...withNotFound },
  },
});
