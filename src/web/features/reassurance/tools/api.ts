import type { CreateThoughtRecordBody, UpdateThoughtRecordBody } from '../../../../contracts/reassurance/thought-records.js';
import type { CreateToolSessionBody } from '../../../../contracts/reassurance/tools.js';
import { call, submitCall } from '../../../api/call.js';

export const toolSessionsApi = {
  list: (params: { from?: string; to?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('listToolSessions', { query: params }, { signal }),
  /** Works offline: queued in the outbox and sent once, later (see offline/outbox.ts). */
  create: (body: CreateToolSessionBody) => submitCall('createToolSession', { body }, { resultKey: 'toolSession' }),
};

export const thoughtsApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('listThoughtRecords', { query: params }, { signal }),
  get: (id: string, signal?: AbortSignal) => call('getThoughtRecord', { params: { id } }, { signal }),
  create: (body: CreateThoughtRecordBody, idempotencyKey: string) => call('createThoughtRecord', { body }, { idempotencyKey }),
  update: (id: string, body: UpdateThoughtRecordBody) => call('updateThoughtRecord', { params: { id }, body }),
  remove: (id: string) => call('deleteThoughtRecord', { params: { id } }),
};
