import { Problem } from '../common.js';
import { CheckTextBody, CrisisResources, CrisisResourcesQuery, SafetyVerdict } from './safety.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const safetyTable = defineRoutes({
  checkText: { method: 'POST', path: '/api/v1/safety/check', body: CheckTextBody, responses: { 200: SafetyVerdict, ...authedProblems } },
  getCrisisResources: {
    method: 'GET',
    path: '/api/v1/crisis-resources',
    query: CrisisResourcesQuery,
    responses: { 200: CrisisResources, 400: Problem },
  },
});
