import type { CreateGoalBody, Goal, UpdateGoalBody } from '../../../contracts/goals.js';
import { api, query } from '../../api/client.js';

type GoalResponse = { goal: Goal; safety: { crisis: boolean } };

export const goalsApi = {
  list: (weekStart: string, signal?: AbortSignal) => api.get<{ items: Goal[] }>(`/api/v1/goals${query({ weekStart })}`, signal),
  create: (body: CreateGoalBody) => api.post<GoalResponse>('/api/v1/goals', body),
  update: (id: string, body: UpdateGoalBody) => api.patch<GoalResponse>(`/api/v1/goals/${encodeURIComponent(id)}`, body),
};
