import { z } from 'zod';
import { Problem } from '../common.js';
import { authedProblems } from './problems.js';
import { defineRoutes } from './define.js';

export const eventsTable = defineRoutes({
  streamEvents: {
    method: 'GET',
    path: '/api/v1/events',
    produces: ['text/event-stream'],
    responses: {
      200: z.string().describe('A stream of `data:` lines, each a SteadyEvent'),
      401: authedProblems[401],
      429: Problem.describe('Too many open streams'),
    },
  },
});
