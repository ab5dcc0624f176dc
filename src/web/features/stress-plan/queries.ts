import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../query/mutations.js';
import { pairKeys } from '../pair/queries.js';
import { withPair } from '../requests/api.js';
import { stressPlanApi } from './api.js';

export const stressPlanKeys = {
  all: [...pairKeys.all, 'stress-plan'] as const,
  plan: () => [...stressPlanKeys.all, 'plan'] as const,
};

export function useStressPlan() {
  return useQuery({ queryKey: stressPlanKeys.plan(), queryFn: ({ signal }) => withPair(signal, () => stressPlanApi.get(signal)) });
}

export const useProposeStressPlan = () => useChange(stressPlanApi.propose, [stressPlanKeys.all]);
export const useAcceptStressPlan = () => useChange(stressPlanApi.accept, [stressPlanKeys.all]);
