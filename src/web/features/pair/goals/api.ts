import type { CreateGoalBody, UpdateGoalBody } from '../../../../contracts/pair/goals.js';
import { call } from '../../../api/call.js';

export const goalsApi = {
  list: (weekStart: string, signal?: AbortSignal) => call('listGoals', { query: { weekStart } }, { signal }),
  create: (body: CreateGoalBody) => call('createGoal', { body }),
  update: (id: string, body: UpdateGoalBody) => call('updateGoal', { params: { id }, body }),
};
