import { WaitingLadder } from './waiting-ladder.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const waitingLadderTable = defineRoutes({
  getWaitingLadder: { method: 'GET', path: '/api/v1/urges/waiting-ladder', responses: { 200: WaitingLadder, ...authedProblems } },
});
