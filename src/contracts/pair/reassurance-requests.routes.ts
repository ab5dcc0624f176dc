import { IdParams, Problem } from '../common.js';
import {
  CompleteReassuranceRequestBody,
  CreateReassuranceRequestBody,
  ReassuranceRequestList,
  ReassuranceRequestResponse,
  RequestCapReached,
  RespondReassuranceRequestBody,
} from './reassurance-requests.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const reassuranceRequestsTable = defineRoutes({
  createReassuranceRequest: {
    method: 'POST',
    path: '/api/v1/pair/requests',
    body: CreateReassuranceRequestBody,
    responses: {
      201: ReassuranceRequestResponse,
      ...withNotFound,
      422: RequestCapReached.describe('Over the daily cap: not sent; see `alternatives` and `nextCheckIn`'),
    },
  },
  listReassuranceRequests: { method: 'GET', path: '/api/v1/pair/requests', responses: { 200: ReassuranceRequestList, ...withNotFound } },
  respondReassuranceRequest: {
    method: 'POST',
    path: '/api/v1/pair/requests/{id}/respond',
    params: IdParams,
    body: RespondReassuranceRequestBody,
    responses: { 200: ReassuranceRequestResponse, ...withNotFound, 409: Problem },
  },
  completeReassuranceRequest: {
    method: 'POST',
    path: '/api/v1/pair/requests/{id}/complete',
    params: IdParams,
    body: CompleteReassuranceRequestBody,
    responses: { 200: ReassuranceRequestResponse, ...withNotFound, 409: Problem },
  },
});
