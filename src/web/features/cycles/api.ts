import type { z } from 'zod';
import type { CreateCycleEventBody, CycleEvent, CycleInsights, SharedCycleEvent, UpdateCycleEventBody } from '../../../contracts/cycles.js';
import { api, query } from '../../api/client.js';

type EventResponse = { event: CycleEvent; safety: { crisis: boolean } };
export type SharedMoment = z.infer<typeof SharedCycleEvent>;
export type CycleInsightsData = z.infer<typeof CycleInsights>;
type Page<T> = { items: T[]; nextCursor?: string | null };

const one = (id: string) => `/api/v1/cycle-events/${encodeURIComponent(id)}`;

export const cyclesApi = {
  list: (signal?: AbortSignal) => api.get<Page<CycleEvent>>(`/api/v1/cycle-events${query({ limit: 50 })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<EventResponse>(one(id), signal),
  create: (body: CreateCycleEventBody) => api.post<EventResponse>('/api/v1/cycle-events', body, { idempotent: true }),
  update: (id: string, body: z.input<typeof UpdateCycleEventBody>) => api.patch<EventResponse>(one(id), body),
  remove: (id: string) => api.delete(one(id)),
  shared: (signal?: AbortSignal) => api.get<Page<SharedMoment>>(`/api/v1/pair/cycle-events${query({ limit: 50 })}`, signal),
  insights: (signal?: AbortSignal) => api.get<CycleInsightsData>('/api/v1/insights/cycles', signal),
};
