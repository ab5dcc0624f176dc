import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../query/mutations.js';
import { pairKeys } from '../queries.js';
import { withPair } from '../requests/api.js';
import { stressPlanApi } from './api.js';
import { readAgreedPlan } from './deviceCopy.js';

export const stressPlanKeys = {
  all: [...pairKeys.all, 'stress-plan'] as const,
  plan: () => [...stressPlanKeys.all, 'plan'] as const,
  /** The accepted plan as this device kept it: outside the pair's keys, so a live event refetches the server's, not this. */
  deviceCopy: (userId: string | null) => ['stress-plan-device', userId] as const,
};

export function useStressPlan(enabled = true) {
  return useQuery({
    queryKey: stressPlanKeys.plan(),
    queryFn: ({ signal }) => withPair(signal, () => stressPlanApi.get(signal)),
    enabled,
  });
}

/** The copy SOS shows with no connection; read once per visit (the screens that change it write it). */
export function useAgreedPlanCopy(userId: string | null) {
  return useQuery({
    queryKey: stressPlanKeys.deviceCopy(userId),
    queryFn: () => (userId ? readAgreedPlan(userId) : null),
    enabled: Boolean(userId),
    // IndexedDB answers offline too.
    networkMode: 'always',
    staleTime: Infinity,
  });
}

export const useProposeStressPlan = () => useChange(stressPlanApi.propose, [stressPlanKeys.all]);
export const useAcceptStressPlan = () => useChange(stressPlanApi.accept, [stressPlanKeys.all]);
