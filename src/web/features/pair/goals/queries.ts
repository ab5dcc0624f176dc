import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../query/mutations.js';
import { pairApi } from '../requests/api.js';
import { goalsApi } from './api.js';

export const goalKeys = {
  all: ['goals'] as const,
  /** A week's goals with the pair they may be shared with (the screen draws "Together" only when linked). */
  week: (weekStart: string) => [...goalKeys.all, 'week', weekStart] as const,
};

export function useGoals(weekStart: string) {
  return useQuery({
    queryKey: goalKeys.week(weekStart),
    queryFn: async ({ signal }) => {
      const [{ pair }, { items }] = await Promise.all([pairApi.get(signal), goalsApi.list(weekStart, signal)]);
      return { items, pair };
    },
  });
}

export const useCreateGoal = () => useChange(goalsApi.create, [goalKeys.all]);
export const useUpdateGoal = () => useChange(goalsApi.update, [goalKeys.all]);
