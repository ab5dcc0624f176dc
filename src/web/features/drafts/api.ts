import type { z } from 'zod';
import type { CreateDraftBody, Draft, DraftInsights } from '../../../contracts/drafts.js';
import { api, query } from '../../api/client.js';

type DraftResponse = { draft: Draft; safety: { crisis: boolean } };
export type DraftOutcome = NonNullable<Draft['outcome']>;

const one = (id: string) => `/api/v1/drafts/${encodeURIComponent(id)}`;

export const draftsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Draft[] }>(`/api/v1/drafts${query({ limit: 50 })}`, signal),
  create: (body: z.input<typeof CreateDraftBody>) => api.post<DraftResponse>('/api/v1/drafts', body, { idempotent: true }),
  resolve: (id: string, outcome: DraftOutcome) => api.post<{ draft: Draft }>(`${one(id)}/resolve`, { outcome }),
  remove: (id: string) => api.delete(one(id)),
  insights: (signal?: AbortSignal) => api.get<DraftInsights>('/api/v1/insights/drafts', signal),
};
