import type { SubmitReviewBody } from '../../../../contracts/pair/reviews.js';
import type { PutWeeklyReflectionBody } from '../../../../contracts/support/weekly-reflection.js';
import { call } from '../../../api/call.js';

export const reviewsApi = {
  get: (kind: 'weekly' | 'monthly', periodStart: string, signal?: AbortSignal) =>
    call('getReview', { query: { kind, periodStart } }, { signal }),
  submit: (body: SubmitReviewBody) => call('submitReview', { body }),
};

/** The weekly reflection written alone: the person's own, whether or not they are linked. */
export const reflectionApi = {
  get: (weekStart: string, signal?: AbortSignal) => call('getWeeklyReflection', { params: { weekStart } }, { signal }),
  put: ({ weekStart, body }: { weekStart: string; body: PutWeeklyReflectionBody }) =>
    call('putWeeklyReflection', { params: { weekStart }, body }),
};
