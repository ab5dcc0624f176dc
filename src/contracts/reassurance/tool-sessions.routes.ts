import { z } from 'zod';
import { IdParams } from '../common.js';
import { CreateToolSessionBody, ListToolSessionsQuery, ToolSessionPage, ToolSessionResponse } from './tools.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const toolSessionsTable = defineRoutes({
  createToolSession: {
    method: 'POST',
    path: '/api/v1/tool-sessions',
    body: CreateToolSessionBody,
    responses: { 201: ToolSessionResponse, ...withNotFound },
  },
  listToolSessions: {
    method: 'GET',
    path: '/api/v1/tool-sessions',
    query: ListToolSessionsQuery,
    responses: { 200: ToolSessionPage, ...authedProblems },
  },
  getToolSession: {
    method: 'GET',
    path: '/api/v1/tool-sessions/{id}',
    params: IdParams,
    responses: { 200: ToolSessionResponse, ...withNotFound },
  },
  deleteToolSession: {
    method: 'DELETE',
    path: '/api/v1/tool-sessions/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
