import { z } from 'zod';
import { IdParams, Problem } from '../common.js';
import { CreateDraftBody, DraftInsights, DraftPage, DraftResponse, ListDraftsQuery, ResolveDraftBody } from './drafts.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const draftsTable = defineRoutes({
  createDraft: { method: 'POST', path: '/api/v1/drafts', body: CreateDraftBody, responses: { 201: DraftResponse, ...withNotFound } },
  resolveDraft: {
    method: 'POST',
    path: '/api/v1/drafts/{id}/resolve',
    params: IdParams,
    body: ResolveDraftBody,
    responses: { 200: DraftResponse, ...withNotFound, 409: Problem },
  },
  listDrafts: { method: 'GET', path: '/api/v1/drafts', query: ListDraftsQuery, responses: { 200: DraftPage, ...authedProblems } },
  deleteDraft: {
    method: 'DELETE',
    path: '/api/v1/drafts/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  getDraftInsights: { method: 'GET', path: '/api/v1/insights/drafts', responses: { 200: DraftInsights, ...authedProblems } },
});
