import { z } from 'zod';
import { IdParams } from '../common.js';
import { AddFollowUpBody, CreateUrgeBody, ListUrgesQuery, UpdateUrgeBody, UrgePage, UrgeResponse, UrgeTriggerCounts } from './urges.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const urgesTable = defineRoutes({
  createUrge: { method: 'POST', path: '/api/v1/urges', body: CreateUrgeBody, responses: { 201: UrgeResponse, ...withNotFound } },
  listUrges: { method: 'GET', path: '/api/v1/urges', query: ListUrgesQuery, responses: { 200: UrgePage, ...authedProblems } },
  listUrgeTriggers: { method: 'GET', path: '/api/v1/urges/triggers', responses: { 200: UrgeTriggerCounts, ...authedProblems } },
  getUrge: { method: 'GET', path: '/api/v1/urges/{id}', params: IdParams, responses: { 200: UrgeResponse, ...withNotFound } },
  updateUrge: {
    method: 'PATCH',
    path: '/api/v1/urges/{id}',
    params: IdParams,
    body: UpdateUrgeBody,
    responses: { 200: UrgeResponse, ...withNotFound },
  },
  deleteUrge: {
    method: 'DELETE',
    path: '/api/v1/urges/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  addUrgeFollowUp: {
    method: 'POST',
    path: '/api/v1/urges/{id}/follow-ups',
    params: IdParams,
    body: AddFollowUpBody,
    responses: { 201: UrgeResponse, ...withNotFound },
  },
});
