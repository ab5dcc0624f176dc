import type { z } from 'zod';
import type { CreateCycleEventBody, UpdateCycleEventBody } from '../../../contracts/cycles/cycles.js';
import { call, type Success } from '../../api/call.js';

export type SharedMoment = Success<'listSharedCycleEvents'>['items'][number];
export type CycleInsightsData = Success<'getCycleInsights'>;

export const cyclesApi = {
  list: (signal?: AbortSignal) => call('listCycleEvents', { query: { limit: 50 } }, { signal }),
  get: (id: string, signal?: AbortSignal) => call('getCycleEvent', { params: { id } }, { signal }),
  create: (body: CreateCycleEventBody) => call('createCycleEvent', { body }, { idempotent: true }),
  update: (id: string, body: z.input<typeof UpdateCycleEventBody>) => call('updateCycleEvent', { params: { id }, body }),
  remove: (id: string) => call('deleteCycleEvent', { params: { id } }),
  shared: (signal?: AbortSignal) => call('listSharedCycleEvents', { query: { limit: 50 } }, { signal }),
  insights: (signal?: AbortSignal) => call('getCycleInsights', {}, { signal }),
};
