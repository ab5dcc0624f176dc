import { z } from 'zod';
import { IdParams } from '../common.js';
import {
  CreateInteractionBody,
  InteractionPage,
  InteractionResponse,
  ListInteractionsQuery,
  UpdateInteractionBody,
} from './interactions.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const interactionsTable = defineRoutes({
  createInteraction: {
    method: 'POST',
    path: '/api/v1/interactions',
    body: CreateInteractionBody,
    responses: { 201: InteractionResponse, ...withNotFound },
  },
  listInteractions: {
    method: 'GET',
    path: '/api/v1/interactions',
    query: ListInteractionsQuery,
    responses: { 200: InteractionPage, ...authedProblems },
  },
  getInteraction: {
    method: 'GET',
    path: '/api/v1/interactions/{id}',
    params: IdParams,
    responses: { 200: InteractionResponse, ...withNotFound },
  },
  updateInteraction: {
    method: 'PATCH',
    path: '/api/v1/interactions/{id}',
    params: IdParams,
    body: UpdateInteractionBody,
    responses: { 200: InteractionResponse, ...withNotFound },
  },
  deleteInteraction: {
    method: 'DELETE',
    path: '/api/v1/interactions/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
