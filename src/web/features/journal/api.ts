import type { CreateJournalEntryBody, JournalEntryResponse, JournalPage, UpdateJournalEntryBody } from '../../../contracts/journal.js';
import { api, query } from '../../api/client.js';

export const journalApi = {
  list: (params: { tag?: string | null; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<JournalPage>(`/api/v1/journal${query(params)}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<JournalEntryResponse>(`/api/v1/journal/${encodeURIComponent(id)}`, signal),
  create: (body: CreateJournalEntryBody, idempotencyKey: string) =>
    api.post<JournalEntryResponse>('/api/v1/journal', body, { idempotencyKey }),
  update: (id: string, body: UpdateJournalEntryBody) => api.patch<JournalEntryResponse>(`/api/v1/journal/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete(`/api/v1/journal/${encodeURIComponent(id)}`),
};
