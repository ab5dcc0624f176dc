import type { CreateJournalEntryBody, JournalEntryResponse, JournalPage, UpdateJournalEntryBody } from '../../../contracts/journal.js';
import { api, query } from '../../api/client.js';
import { submit, waitingCreates } from '../../offline/outbox.js';

export const journalApi = {
  list: (params: { tag?: string | null; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<JournalPage>(`/api/v1/journal${query(params)}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<JournalEntryResponse>(`/api/v1/journal/${encodeURIComponent(id)}`, signal),
  /**
   * Writing works offline: the entry waits in the outbox with its own Idempotency-Key and is sent
   * once, later (see offline/outbox.ts). Editing and deleting need the server.
   */
  create: (body: CreateJournalEntryBody) =>
    submit<JournalEntryResponse>({ method: 'POST', url: '/api/v1/journal', body, resultKey: 'entry' }),
  /** Entries written offline and not yet sent, oldest first: the list shows them as waiting to send. */
  waiting: () => waitingCreates<CreateJournalEntryBody>('/api/v1/journal'),
  update: (id: string, body: UpdateJournalEntryBody) => api.patch<JournalEntryResponse>(`/api/v1/journal/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete(`/api/v1/journal/${encodeURIComponent(id)}`),
};
