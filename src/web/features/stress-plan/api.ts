import type { ProposeStressPlanBody, StressPlanResponse } from '../../../contracts/stress-plan.js';
import { api } from '../../api/client.js';

export const stressPlanApi = {
  get: (signal?: AbortSignal) => api.get<StressPlanResponse>('/api/v1/pair/stress-plan', signal),
  propose: (body: ProposeStressPlanBody) =>
    api.put<{ version: number; status: 'proposed'; safety: { crisis: boolean } }>('/api/v1/pair/stress-plan', body),
  accept: (version: number) => api.post<StressPlanResponse>('/api/v1/pair/stress-plan/accept', { version }),
};
