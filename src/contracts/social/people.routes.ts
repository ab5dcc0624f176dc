import { z } from 'zod';
import { IdParams, Problem } from '../common.js';
import {
  CreatePersonBody,
  ImportResult,
  ListPeopleQuery,
  PersonPage,
  PersonResponse,
  ReachOutList,
  Reciprocity,
  ReciprocityQuery,
  UpdatePersonBody,
} from './people.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

/** A vCard upload's content types. */
export const VCARD_TYPES = ['text/vcard', 'text/x-vcard'];

export const peopleTable = defineRoutes({
  createPerson: { method: 'POST', path: '/api/v1/people', body: CreatePersonBody, responses: { 201: PersonResponse, ...withNotFound } },
  listPeople: { method: 'GET', path: '/api/v1/people', query: ListPeopleQuery, responses: { 200: PersonPage, ...authedProblems } },
  getReachOutList: { method: 'GET', path: '/api/v1/people/reach-out', responses: { 200: ReachOutList, ...authedProblems } },
  importVCard: {
    method: 'POST',
    path: '/api/v1/people/import',
    consumes: VCARD_TYPES,
    body: z.string().describe('The vCard file'),
    responses: { 200: ImportResult, ...authedProblems, 413: Problem.describe('The file is larger than 2 MB') },
  },
  getPerson: { method: 'GET', path: '/api/v1/people/{id}', params: IdParams, responses: { 200: PersonResponse, ...withNotFound } },
  updatePerson: {
    method: 'PATCH',
    path: '/api/v1/people/{id}',
    params: IdParams,
    body: UpdatePersonBody,
    responses: { 200: PersonResponse, ...withNotFound },
  },
  deletePerson: {
    method: 'DELETE',
    path: '/api/v1/people/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  getReciprocity: {
    method: 'GET',
    path: '/api/v1/people/{id}/reciprocity',
    params: IdParams,
    query: ReciprocityQuery,
    responses: { 200: Reciprocity, ...withNotFound },
  },
});
