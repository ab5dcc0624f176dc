import { InsightsQuery, MoodInsights, MoodInsightsQuery, ReassuranceInsights } from './insights.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const insightsTable = defineRoutes({
  getReassuranceInsights: {
    method: 'GET',
    path: '/api/v1/insights/reassurance',
    query: InsightsQuery,
    responses: { 200: ReassuranceInsights, ...authedProblems },
  },
  getMoodInsights: {
    method: 'GET',
    path: '/api/v1/insights/mood',
    query: MoodInsightsQuery,
    responses: { 200: MoodInsights, ...authedProblems },
  },
});
