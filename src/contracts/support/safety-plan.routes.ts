import { z } from 'zod';
import { PutSafetyPlanBody, SafetyPlanNewer, SafetyPlanResponse, SafetyPlanState } from './safety-plan.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const safetyPlanTable = defineRoutes({
  getSafetyPlan: { method: 'GET', path: '/api/v1/safety-plan', responses: { 200: SafetyPlanState, ...authedProblems } },
  putSafetyPlan: {
    method: 'PUT',
    path: '/api/v1/safety-plan',
    body: PutSafetyPlanBody,
    responses: { 200: SafetyPlanResponse, ...withNotFound, 409: SafetyPlanNewer.describe('A newer edit is saved; see `current`') },
  },
  deleteSafetyPlan: { method: 'DELETE', path: '/api/v1/safety-plan', responses: { 204: z.null().describe('Deleted'), ...withNotFound } },
});
