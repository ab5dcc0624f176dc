import type { CreateJournalEntryBody, UpdateJournalEntryBody } from '../../../contracts/journal/journal.js';
import { call, submitCall, urlOf } from '../../api/call.js';
import { waitingCreates } from '../../offline/outbox.js';

export const journalApi = {
  list: (params: { tag?: string | null; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('listJournalEntries', { query: params }, { signal }),
  get: (id: string, signal?: AbortSignal) => call('getJournalEntry', { params: { id } }, { signal }),
  /**
   * Writing works offline: the entry waits in the outbox with its own Idempotency-Key and is sent
   * once, later (see offline/outbox.ts). Editing and deleting need the server.
   */
  create: (body: CreateJournalEntryBody) => submitCall('createJournalEntry', { body }, { resultKey: 'entry' }),
  /** Entries written offline and not yet sent, oldest first: the list shows them as waiting to send. */
  waiting: () => waitingCreates<CreateJournalEntryBody>(urlOf('createJournalEntry')),
  update: (id: string, body: UpdateJournalEntryBody) => call('updateJournalEntry', { params: { id }, body }),
  remove: (id: string) => call('deleteJournalEntry', { params: { id } }),
};
