import { z } from 'zod';
import { IdParams } from '../common.js';
import {
  CreateThoughtRecordBody,
  ListThoughtRecordsQuery,
  ThoughtRecordPage,
  ThoughtRecordResponse,
  UpdateThoughtRecordBody,
} from './thought-records.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const thoughtRecordsTable = defineRoutes({
  createThoughtRecord: {
    method: 'POST',
    path: '/api/v1/thought-records',
    body: CreateThoughtRecordBody,
    responses: { 201: ThoughtRecordResponse, ...withNotFound },
  },
  listThoughtRecords: {
    method: 'GET',
    path: '/api/v1/thought-records',
    query: ListThoughtRecordsQuery,
    responses: { 200: ThoughtRecordPage, ...authedProblems },
  },
  getThoughtRecord: {
    method: 'GET',
    path: '/api/v1/thought-records/{id}',
    params: IdParams,
    responses: { 200: ThoughtRecordResponse, ...withNotFound },
  },
  updateThoughtRecord: {
    method: 'PATCH',
    path: '/api/v1/thought-records/{id}',
    params: IdParams,
    body: UpdateThoughtRecordBody,
    responses: { 200: ThoughtRecordResponse, ...withNotFound },
  },
  deleteThoughtRecord: {
    method: 'DELETE',
    path: '/api/v1/thought-records/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
