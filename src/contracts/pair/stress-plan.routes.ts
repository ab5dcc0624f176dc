import { Problem } from '../common.js';
import { AcceptStressPlanBody, ProposeStressPlanBody, StressPlanProposed, StressPlanResponse } from './stress-plan.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const stressPlanTable = defineRoutes({
  getStressPlan: { method: 'GET', path: '/api/v1/pair/stress-plan', responses: { 200: StressPlanResponse, ...withNotFound } },
  proposeStressPlan: {
    method: 'PUT',
    path: '/api/v1/pair/stress-plan',
    body: ProposeStressPlanBody,
    responses: { 201: StressPlanProposed, ...withNotFound, 409: Problem },
  },
  acceptStressPlan: {
    method: 'POST',
    path: '/api/v1/pair/stress-plan/accept',
    body: AcceptStressPlanBody,
    responses: { 200: StressPlanResponse, ...withNotFound, 409: Problem },
  },
});
