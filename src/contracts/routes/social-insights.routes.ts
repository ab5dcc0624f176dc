import { SocialInsights, SocialInsightsQuery } from '../social-insights.js';
import { authedProblems } from './problems.js';
import { defineRoutes } from './define.js';

export const socialInsightsTable = defineRoutes({
  getSocialInsights: {
    method: 'GET',
    path: '/api/v1/insights/social',
    query: SocialInsightsQuery,
    responses: { 200: SocialInsights, ...authedProblems },
  },
});
