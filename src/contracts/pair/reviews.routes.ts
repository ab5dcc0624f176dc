import { Problem } from '../common.js';
import { GetReviewQuery, ReviewResponse, SubmitReviewBody } from './reviews.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const reviewsTable = defineRoutes({
  submitReview: {
    method: 'PUT',
    path: '/api/v1/reviews',
    body: SubmitReviewBody,
    responses: { 200: ReviewResponse, ...withNotFound, 409: Problem },
  },
  getReview: { method: 'GET', path: '/api/v1/reviews', query: GetReviewQuery, responses: { 200: ReviewResponse, ...withNotFound } },
});
