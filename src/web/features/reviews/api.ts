import type { ReviewState, SubmitReviewBody } from '../../../contracts/reviews.js';
import { api, query } from '../../api/client.js';

type ReviewResponse = { review: ReviewState; safety: { crisis: boolean } };

export const reviewsApi = {
  get: (kind: 'weekly' | 'monthly', periodStart: string, signal?: AbortSignal) =>
    api.get<ReviewResponse>(`/api/v1/reviews${query({ kind, periodStart })}`, signal),
  submit: (body: SubmitReviewBody) => api.put<ReviewResponse>('/api/v1/reviews', body),
};
