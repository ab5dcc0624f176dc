import type { AddFollowUpBody, CreateUrgeBody, UpdateUrgeBody, UrgePage, UrgeResponse } from '../../../contracts/urges.js';
import { api, query } from '../../api/client.js';
import { submit, waitingCreates } from '../../offline/outbox.js';

export interface TriggerSuggestion {
  tag: string;
  count: number;
}

/** Refs are UUIDs or outbox placeholders ("local:<uuid>"), both safe in a path as they are. */
const path = (ref: string) => `/api/v1/urges/${ref}`;

export const urgesApi = {
  list: (params: { from?: string; to?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<UrgePage>(`/api/v1/urges${query(params)}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<UrgeResponse>(path(id), signal),
  triggers: (signal?: AbortSignal) => api.get<{ items: TriggerSuggestion[] }>('/api/v1/urges/triggers', signal),
  remove: (id: string) => api.delete(path(id)),
  /** Urges logged offline and not yet sent: shown in the history as waiting to sync. */
  waiting: () => waitingCreates<CreateUrgeBody>('/api/v1/urges'),

  // The three changes that must work offline go through the outbox (see offline/outbox.ts).
  create: (body: CreateUrgeBody) => submit<UrgeResponse>({ method: 'POST', url: '/api/v1/urges', body, resultKey: 'urge' }),
  update: (ref: string, body: UpdateUrgeBody) => submit<UrgeResponse>({ method: 'PATCH', url: path(ref), body }),
  addFollowUp: (ref: string, body: AddFollowUpBody) => submit<unknown>({ method: 'POST', url: `${path(ref)}/follow-ups`, body }),
};
