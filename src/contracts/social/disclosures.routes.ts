import { z } from 'zod';
import { IdParams } from '../common.js';
import { CreateDisclosureBody, DisclosureList, DisclosureResponse, UpdateDisclosureBody } from './disclosures.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const disclosuresTable = defineRoutes({
  listDisclosures: {
    method: 'GET',
    path: '/api/v1/people/{id}/disclosures',
    params: IdParams,
    responses: { 200: DisclosureList, ...withNotFound },
  },
  createDisclosure: {
    method: 'POST',
    path: '/api/v1/people/{id}/disclosures',
    params: IdParams,
    body: CreateDisclosureBody,
    responses: { 201: DisclosureResponse, ...withNotFound },
  },
  updateDisclosure: {
    method: 'PATCH',
    path: '/api/v1/disclosures/{id}',
    params: IdParams,
    body: UpdateDisclosureBody,
    responses: { 200: DisclosureResponse, ...withNotFound },
  },
  deleteDisclosure: {
    method: 'DELETE',
    path: '/api/v1/disclosures/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
