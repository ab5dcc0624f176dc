import type { SubmitReviewBody } from '../../../../contracts/pair/reviews.js';
import { call } from '../../../api/call.js';

export const reviewsApi = {
  get: (kind: 'weekly' | 'monthly', periodStart: string, signal?: AbortSignal) =>
    call('getReview', { query: { kind, periodStart } }, { signal }),
  submit: (body: SubmitReviewBody) => call('submitReview', { body }),
};
