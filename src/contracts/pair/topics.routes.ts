import { z } from 'zod';
import { IdParams, Problem } from '../common.js';
import {
  CheckIn as CheckInSchema,
  CompleteCheckInBody,
  CompleteCheckInResponse,
  ParkTopicBody,
  TopicList,
  TopicResponse,
  UpdateTopicBody,
} from './topics.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const topicsTable = defineRoutes({
  parkTopic: { method: 'POST', path: '/api/v1/pair/topics', body: ParkTopicBody, responses: { 201: TopicResponse, ...withNotFound } },
  listTopics: { method: 'GET', path: '/api/v1/pair/topics', responses: { 200: TopicList, ...withNotFound } },
  updateTopic: {
    method: 'PATCH',
    path: '/api/v1/pair/topics/{id}',
    params: IdParams,
    body: UpdateTopicBody,
    responses: { 200: TopicResponse, ...withNotFound },
  },
  deleteTopic: {
    method: 'DELETE',
    path: '/api/v1/pair/topics/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  getNextCheckIn: { method: 'GET', path: '/api/v1/pair/check-ins/next', responses: { 200: CheckInSchema, ...withNotFound } },
  completeCheckIn: {
    method: 'POST',
    path: '/api/v1/pair/check-ins/{id}/complete',
    params: IdParams,
    body: CompleteCheckInBody,
    responses: { 200: CompleteCheckInResponse, ...withNotFound, 409: Problem, 422: Problem },
  },
});
