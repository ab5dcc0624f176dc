import type { PutSafetyPlanBody, SafetyPlanResponse } from '../../../contracts/safety-plan.js';
import { api } from '../../api/client.js';

export const safetyPlanApi = {
  get: (signal?: AbortSignal) => api.get<SafetyPlanResponse>('/api/v1/safety-plan', signal),
  put: (body: PutSafetyPlanBody) => api.put<SafetyPlanResponse>('/api/v1/safety-plan', body),
  delete: () => api.delete('/api/v1/safety-plan'),
};
