import type { CreateThoughtRecordBody, ThoughtRecord, UpdateThoughtRecordBody } from '../../../contracts/thought-records.js';
import type { CreateToolSessionBody, ToolSession, ToolSessionPage } from '../../../contracts/tools.js';
import { api, query } from '../../api/client.js';
import { submit } from '../../offline/outbox.js';

export interface ThoughtRecordResponse {
  thoughtRecord: ThoughtRecord;
  safety: { crisis: boolean };
}
export interface ThoughtRecordPage {
  items: ThoughtRecord[];
  nextCursor: string | null;
}

export const toolSessionsApi = {
  list: (params: { from?: string; to?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<ToolSessionPage>(`/api/v1/tool-sessions${query(params)}`, signal),
  /** Works offline: queued in the outbox and sent once, later (see offline/outbox.ts). */
  create: (body: CreateToolSessionBody) =>
    submit<{ toolSession: ToolSession }>({ method: 'POST', url: '/api/v1/tool-sessions', body, resultKey: 'toolSession' }),
};

const path = (id: string) => `/api/v1/thought-records/${encodeURIComponent(id)}`;

export const thoughtsApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<ThoughtRecordPage>(`/api/v1/thought-records${query(params)}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ThoughtRecordResponse>(path(id), signal),
  create: (body: CreateThoughtRecordBody, idempotencyKey: string) =>
    api.post<ThoughtRecordResponse>('/api/v1/thought-records', body, { idempotencyKey }),
  update: (id: string, body: UpdateThoughtRecordBody) => api.patch<ThoughtRecordResponse>(path(id), body),
  remove: (id: string) => api.delete(path(id)),
};
