import type { z } from 'zod';
import type { CreateDraftBody, Draft } from '../../../../contracts/reassurance/drafts.js';
import { call } from '../../../api/call.js';

export type DraftOutcome = NonNullable<Draft['outcome']>;

export const draftsApi = {
  list: (signal?: AbortSignal) => call('listDrafts', { query: { limit: 50 } }, { signal }),
  create: (body: z.input<typeof CreateDraftBody>) => call('createDraft', { body }, { idempotent: true }),
  resolve: (id: string, outcome: DraftOutcome) => call('resolveDraft', { params: { id }, body: { outcome } }),
  remove: (id: string) => call('deleteDraft', { params: { id } }),
  insights: (signal?: AbortSignal) => call('getDraftInsights', {}, { signal }),
};
