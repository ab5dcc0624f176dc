import { z } from 'zod';
import { IdParams } from '../common.js';
import { ReflectionTopicList, ReflectionTopicResponse, UpdateReflectionTopicBody } from '../pair/topics.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const reflectionTopicsTable = defineRoutes({
  listReflectionTopics: { method: 'GET', path: '/api/v1/reflection-topics', responses: { 200: ReflectionTopicList, ...authedProblems } },
  updateReflectionTopic: {
    method: 'PATCH',
    path: '/api/v1/reflection-topics/{id}',
    params: IdParams,
    body: UpdateReflectionTopicBody,
    responses: { 200: ReflectionTopicResponse, ...withNotFound },
  },
  deleteReflectionTopic: {
    method: 'DELETE',
    path: '/api/v1/reflection-topics/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
