import { SocialInsights, SocialInsightsQuery } from './social-insights.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const socialInsightsTable = defineRoutes({
  getSocialInsights: {
    method: 'GET',
    path: '/api/v1/insights/social',
    query: SocialInsightsQuery,
    responses: { 200: SocialInsights, ...authedProblems },
  },
});
