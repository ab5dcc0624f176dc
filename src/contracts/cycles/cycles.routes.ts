import { z } from 'zod';
import { IdParams, PageQuery } from '../common.js';
import {
  CreateCycleEventBody,
  CycleEventPage,
  CycleEventResponse,
  CycleInsights,
  ListCycleEventsQuery,
  SharedCycleEventPage,
  UpdateCycleEventBody,
} from './cycles.js';
import { InsightsQuery } from '../reassurance/insights.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const cyclesTable = defineRoutes({
  createCycleEvent: {
    method: 'POST',
    path: '/api/v1/cycle-events',
    body: CreateCycleEventBody,
    responses: { 201: CycleEventResponse, ...withNotFound },
  },
  listCycleEvents: {
    method: 'GET',
    path: '/api/v1/cycle-events',
    query: ListCycleEventsQuery,
    responses: { 200: CycleEventPage, ...authedProblems },
  },
  getCycleEvent: {
    method: 'GET',
    path: '/api/v1/cycle-events/{id}',
    params: IdParams,
    responses: { 200: CycleEventResponse, ...withNotFound },
  },
  updateCycleEvent: {
    method: 'PATCH',
    path: '/api/v1/cycle-events/{id}',
    params: IdParams,
    body: UpdateCycleEventBody,
    responses: { 200: CycleEventResponse, ...withNotFound },
  },
  deleteCycleEvent: {
    method: 'DELETE',
    path: '/api/v1/cycle-events/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  listSharedCycleEvents: {
    method: 'GET',
    path: '/api/v1/pair/cycle-events',
    query: z.strictObject({ ...PageQuery }),
    responses: { 200: SharedCycleEventPage, ...withNotFound },
  },
  getCycleInsights: {
    method: 'GET',
    path: '/api/v1/insights/cycles',
    query: InsightsQuery,
    responses: { 200: CycleInsights, ...authedProblems },
  },
});
