import type { PutSafetyPlanBody, SafetyPlanResponse, SafetyPlanState } from '../../../contracts/safety-plan.js';
import { api } from '../../api/client.js';

export const safetyPlanApi = {
  get: (signal?: AbortSignal) => api.get<SafetyPlanState>('/api/v1/safety-plan', signal),
  put: (body: PutSafetyPlanBody) => api.put<SafetyPlanResponse>('/api/v1/safety-plan', body),
  delete: () => api.delete('/api/v1/safety-plan'),
};
