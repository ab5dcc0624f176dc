import { z } from 'zod';
import { IdParams } from '../common.js';
import { CreateJournalEntryBody, JournalEntryResponse, JournalPage, ListJournalQuery, UpdateJournalEntryBody } from './journal.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const journalTable = defineRoutes({
  createJournalEntry: {
    method: 'POST',
    path: '/api/v1/journal',
    body: CreateJournalEntryBody,
    responses: { 201: JournalEntryResponse, ...withNotFound },
  },
  listJournalEntries: { method: 'GET', path: '/api/v1/journal', query: ListJournalQuery, responses: { 200: JournalPage, ...withNotFound } },
  getJournalEntry: {
    method: 'GET',
    path: '/api/v1/journal/{id}',
    params: IdParams,
    responses: { 200: JournalEntryResponse, ...withNotFound },
  },
  updateJournalEntry: {
    method: 'PATCH',
    path: '/api/v1/journal/{id}',
    params: IdParams,
    body: UpdateJournalEntryBody,
    responses: { 200: JournalEntryResponse, ...withNotFound },
  },
  deleteJournalEntry: {
    method: 'DELETE',
    path: '/api/v1/journal/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
