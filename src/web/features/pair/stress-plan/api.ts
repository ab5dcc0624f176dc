import type { ProposeStressPlanBody } from '../../../../contracts/pair/stress-plan.js';
import { call } from '../../../api/call.js';

export const stressPlanApi = {
  get: (signal?: AbortSignal) => call('getStressPlan', {}, { signal }),
  propose: (body: ProposeStressPlanBody) => call('proposeStressPlan', { body }),
  accept: (version: number) => call('acceptStressPlan', { body: { version } }),
};
