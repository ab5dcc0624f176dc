import { GiveKudosBody, KudosPage, KudosResponse, ListKudosQuery } from './kudos.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const kudosTable = defineRoutes({
  giveKudos: { method: 'POST', path: '/api/v1/pair/kudos', body: GiveKudosBody, responses: { 201: KudosResponse, ...withNotFound } },
  listKudos: { method: 'GET', path: '/api/v1/pair/kudos', query: ListKudosQuery, responses: { 200: KudosPage, ...withNotFound } },
});
