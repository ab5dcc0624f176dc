import { z } from 'zod';
import { IdParams } from '../common.js';
import {
  CreatePracticeBody,
  ListPracticesQuery,
  PracticeDayParams,
  PracticeList,
  PracticeResponse,
  UpdatePracticeBody,
} from './practices.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const practicesTable = defineRoutes({
  listPractices: {
    method: 'GET',
    path: '/api/v1/practices',
    query: ListPracticesQuery,
    responses: { 200: PracticeList, ...authedProblems },
  },
  createPractice: {
    method: 'POST',
    path: '/api/v1/practices',
    body: CreatePracticeBody,
    responses: { 201: PracticeResponse, ...withNotFound },
  },
  updatePractice: {
    method: 'PATCH',
    path: '/api/v1/practices/{id}',
    params: IdParams,
    body: UpdatePracticeBody,
    responses: { 200: PracticeResponse, ...withNotFound },
  },
  deletePractice: {
    method: 'DELETE',
    path: '/api/v1/practices/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  checkPracticeDay: {
    method: 'PUT',
    path: '/api/v1/practices/{id}/days/{day}',
    params: PracticeDayParams,
    responses: { 200: PracticeResponse, ...withNotFound },
  },
  uncheckPracticeDay: {
    method: 'DELETE',
    path: '/api/v1/practices/{id}/days/{day}',
    params: PracticeDayParams,
    responses: { 200: PracticeResponse, ...withNotFound },
  },
});
