import { Problem } from '../common.js';
import { PutWeeklyReflectionBody, WeeklyReflectionResponse, WeekParams } from './weekly-reflection.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const weeklyReflectionTable = defineRoutes({
  getWeeklyReflection: {
    method: 'GET',
    path: '/api/v1/weekly-reflections/{weekStart}',
    params: WeekParams,
    responses: { 200: WeeklyReflectionResponse, ...authedProblems },
  },
  putWeeklyReflection: {
    method: 'PUT',
    path: '/api/v1/weekly-reflections/{weekStart}',
    params: WeekParams,
    body: PutWeeklyReflectionBody,
    responses: { 200: WeeklyReflectionResponse, ...authedProblems, 409: Problem },
  },
});
