import { z } from 'zod';
import { SummaryQuery } from './summary.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const summaryTable = defineRoutes({
  getSummary: {
    method: 'GET',
    path: '/api/v1/summary',
    query: SummaryQuery,
    produces: ['text/html'],
    responses: { 200: z.string().describe('An HTML page'), ...authedProblems },
  },
});
