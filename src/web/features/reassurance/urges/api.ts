import type { AddFollowUpBody, CreateUrgeBody, UpdateUrgeBody } from '../../../../contracts/reassurance/urges.js';
import { call, submitCall, urlOf, type Success } from '../../../api/call.js';
import { waitingCreates } from '../../../offline/outbox.js';

export type TriggerSuggestion = Success<'listUrgeTriggers'>['items'][number];

// Refs are UUIDs or outbox placeholders ("local:<uuid>"); the outbox swaps a placeholder for the
// server's id whether it is written as it is or URL-encoded in the path.
export const urgesApi = {
  list: (params: { from?: string; to?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('listUrges', { query: params }, { signal }),
  get: (id: string, signal?: AbortSignal) => call('getUrge', { params: { id } }, { signal }),
  triggers: (signal?: AbortSignal) => call('listUrgeTriggers', {}, { signal }),
  ladder: (signal?: AbortSignal) => call('getWaitingLadder', {}, { signal }),
  remove: (id: string) => call('deleteUrge', { params: { id } }),
  /** Urges logged offline and not yet sent: shown in the history as waiting to sync. */
  waiting: () => waitingCreates<CreateUrgeBody>(urlOf('createUrge')),

  // The three changes that must work offline go through the outbox (see offline/outbox.ts).
  create: (body: CreateUrgeBody) => submitCall('createUrge', { body }, { resultKey: 'urge' }),
  update: (ref: string, body: UpdateUrgeBody) => submitCall('updateUrge', { params: { id: ref }, body }),
  addFollowUp: (ref: string, body: AddFollowUpBody) => submitCall('addUrgeFollowUp', { params: { id: ref }, body }),
};
