import { MonthParams, PutSocialReviewBody, SocialReviewList, SocialReviewResponse } from './social-reviews.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const socialReviewsTable = defineRoutes({
  listSocialReviews: { method: 'GET', path: '/api/v1/social-reviews', responses: { 200: SocialReviewList, ...authedProblems } },
  getSocialReview: {
    method: 'GET',
    path: '/api/v1/social-reviews/{month}',
    params: MonthParams,
    responses: { 200: SocialReviewResponse, ...withNotFound },
  },
  putSocialReview: {
    method: 'PUT',
    path: '/api/v1/social-reviews/{month}',
    params: MonthParams,
    body: PutSocialReviewBody,
    responses: { 200: SocialReviewResponse, ...withNotFound },
  },
});
