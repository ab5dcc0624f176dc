import { z } from 'zod';
import { Problem } from '../common.js';
import { JoinPairBody, LeavePairBody, PairInvitation, PairResponse, PairStateResponse } from './pair.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const pairTable = defineRoutes({
  createPairInvitation: {
    method: 'POST',
    path: '/api/v1/pair/invitations',
    responses: { 201: PairInvitation, ...authedProblems, 409: Problem },
  },
  joinPair: {
    method: 'POST',
    path: '/api/v1/pair/join',
    body: JoinPairBody,
    responses: { 201: PairResponse, ...withNotFound, 409: Problem, 429: Problem },
  },
  getPair: { method: 'GET', path: '/api/v1/pair', responses: { 200: PairStateResponse, ...authedProblems } },
  dismissPairEnding: {
    method: 'DELETE',
    path: '/api/v1/pair/ending',
    responses: { 204: z.null().describe('Dismissed'), ...authedProblems },
  },
  leavePair: {
    method: 'DELETE',
    path: '/api/v1/pair',
    body: LeavePairBody,
    responses: { 204: z.null().describe('Unlinked'), ...withNotFound, 429: Problem },
  },
});
