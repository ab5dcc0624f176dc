import { z } from 'zod';
import { IdParams } from '../common.js';
import {
  CreateSupportResourceBody,
  SupportResourceList,
  SupportResourceResponse,
  SupportSignals,
  UpdateSupportResourceBody,
} from './support.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const supportTable = defineRoutes({
  getSupportSignals: { method: 'GET', path: '/api/v1/support-signals', responses: { 200: SupportSignals, ...authedProblems } },
  createSupportResource: {
    method: 'POST',
    path: '/api/v1/support-resources',
    body: CreateSupportResourceBody,
    responses: { 201: SupportResourceResponse, ...authedProblems },
  },
  listSupportResources: { method: 'GET', path: '/api/v1/support-resources', responses: { 200: SupportResourceList, ...authedProblems } },
  updateSupportResource: {
    method: 'PATCH',
    path: '/api/v1/support-resources/{id}',
    params: IdParams,
    body: UpdateSupportResourceBody,
    responses: { 200: SupportResourceResponse, ...withNotFound },
  },
  deleteSupportResource: {
    method: 'DELETE',
    path: '/api/v1/support-resources/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
