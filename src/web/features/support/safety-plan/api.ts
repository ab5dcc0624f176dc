import type { PutSafetyPlanBody } from '../../../../contracts/support/safety-plan.js';
import { call } from '../../../api/call.js';

export const safetyPlanApi = {
  get: (signal?: AbortSignal) => call('getSafetyPlan', {}, { signal }),
  put: (body: PutSafetyPlanBody) => call('putSafetyPlan', { body }),
  delete: () => call('deleteSafetyPlan'),
};
