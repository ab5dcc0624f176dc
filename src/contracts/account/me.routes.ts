import { z } from 'zod';
import { Problem } from '../common.js';
import { AuthResponse, DeleteMeBody, SessionState, UpdateProfileBody } from './auth.js';
import { AccountExport, ImportAccountBody, ImportAccountResult } from './export.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const meTable = defineRoutes({
  getMe: { method: 'GET', path: '/api/v1/me', responses: { 200: AuthResponse, ...authedProblems } },
  getSession: { method: 'GET', path: '/api/v1/session', responses: { 200: SessionState } },
  updateMe: { method: 'PATCH', path: '/api/v1/me', body: UpdateProfileBody, responses: { 200: AuthResponse, ...authedProblems } },
  exportMe: { method: 'GET', path: '/api/v1/me/export', responses: { 200: AccountExport, ...authedProblems } },
  importAccount: {
    method: 'POST',
    path: '/api/v1/me/import',
    body: ImportAccountBody,
    responses: { 200: ImportAccountResult, ...authedProblems, 413: Problem, 422: Problem },
  },
  exportJournalCsv: {
    method: 'GET',
    path: '/api/v1/me/export/journal.csv',
    produces: ['text/csv'],
    responses: { 200: z.string().describe('CSV, one row per entry, UTF-8 with a header row'), ...authedProblems },
  },
  deleteMe: {
    method: 'DELETE',
    path: '/api/v1/me',
    body: DeleteMeBody,
    responses: { 204: z.null().describe('Deleted; nothing of yours remains'), ...authedProblems, 429: Problem },
  },
});
