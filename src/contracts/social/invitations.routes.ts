import { z } from 'zod';
import { IdParams } from '../common.js';
import {
  CreateInvitationBody,
  InvitationPage,
  InvitationResponse,
  InvitationSummary,
  ListInvitationsQuery,
  UpdateInvitationBody,
} from './invitations.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const invitationsTable = defineRoutes({
  createInvitation: {
    method: 'POST',
    path: '/api/v1/invitations',
    body: CreateInvitationBody,
    responses: { 201: InvitationResponse, ...withNotFound },
  },
  listInvitations: {
    method: 'GET',
    path: '/api/v1/invitations',
    query: ListInvitationsQuery,
    responses: { 200: InvitationPage, ...authedProblems },
  },
  getInvitationSummary: { method: 'GET', path: '/api/v1/invitations/summary', responses: { 200: InvitationSummary, ...authedProblems } },
  updateInvitation: {
    method: 'PATCH',
    path: '/api/v1/invitations/{id}',
    params: IdParams,
    body: UpdateInvitationBody,
    responses: { 200: InvitationResponse, ...withNotFound },
  },
  deleteInvitation: {
    method: 'DELETE',
    path: '/api/v1/invitations/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
