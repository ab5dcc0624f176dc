import type { Assessment } from '../../../contracts/assessments.js';
import type { Instrument, InstrumentId } from '../../../contracts/instruments.js';
import type { z } from 'zod';
import type {
  CreateSupportResourceBody,
  SupportResource,
  SupportSignals as SupportSignalsResponse,
  UpdateSupportResourceBody,
} from '../../../contracts/support.js';
import { api, query } from '../../api/client.js';

export type SupportSignals = z.infer<typeof SupportSignalsResponse>;

export const supportApi = {
  instruments: (signal?: AbortSignal) => api.get<{ items: Instrument[] }>('/api/v1/instruments', signal),
  assessments: (signal?: AbortSignal, instrument?: InstrumentId) =>
    api.get<{ items: Assessment[] }>(`/api/v1/assessments${query({ instrument, limit: 100 })}`, signal),
  submit: (instrument: InstrumentId, answers: number[]) =>
    api.post<{ assessment: Assessment; safety: { crisis: boolean } }>('/api/v1/assessments', { instrument, answers }, { idempotent: true }),
  signals: (signal?: AbortSignal) => api.get<SupportSignals>('/api/v1/support-signals', signal),
  resources: (signal?: AbortSignal) => api.get<{ items: SupportResource[] }>('/api/v1/support-resources', signal),
  createResource: (body: z.input<typeof CreateSupportResourceBody>) =>
    api.post<{ resource: SupportResource }>('/api/v1/support-resources', body, { idempotent: true }),
  updateResource: (id: string, body: z.input<typeof UpdateSupportResourceBody>) =>
    api.patch<{ resource: SupportResource }>(`/api/v1/support-resources/${encodeURIComponent(id)}`, body),
  deleteResource: (id: string) => api.delete<void>(`/api/v1/support-resources/${encodeURIComponent(id)}`),
};
