import { IdParams } from '../common.js';
import { CreateGoalBody, GoalList, GoalResponse, ListGoalsQuery, UpdateGoalBody } from './goals.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const goalsTable = defineRoutes({
  createGoal: { method: 'POST', path: '/api/v1/goals', body: CreateGoalBody, responses: { 201: GoalResponse, ...withNotFound } },
  listGoals: { method: 'GET', path: '/api/v1/goals', query: ListGoalsQuery, responses: { 200: GoalList, ...withNotFound } },
  updateGoal: {
    method: 'PATCH',
    path: '/api/v1/goals/{id}',
    params: IdParams,
    body: UpdateGoalBody,
    responses: { 200: GoalResponse, ...withNotFound },
  },
});
