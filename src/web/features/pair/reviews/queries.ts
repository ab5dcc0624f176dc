import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../query/mutations.js';
import { withPair } from '../requests/api.js';
import { supportKeys } from '../../support/queries.js';
import { reflectionApi, reviewsApi } from './api.js';

type Kind = 'weekly' | 'monthly';

export const reviewKeys = {
  all: ['reviews'] as const,
  period: (kind: Kind, periodStart: string) => [...reviewKeys.all, kind, periodStart] as const,
};

/** The weekly review is the pair's; the monthly one is the person's own. */
export function useReview(kind: Kind, periodStart: string) {
  return useQuery({
    queryKey: reviewKeys.period(kind, periodStart),
    queryFn: ({ signal }) =>
      kind === 'weekly' ? withPair(signal, () => reviewsApi.get(kind, periodStart, signal)) : reviewsApi.get(kind, periodStart, signal),
  });
}

export const useSubmitReview = () => useChange(reviewsApi.submit, [reviewKeys.all]);

export const reflectionKeys = {
  all: ['weekly-reflections'] as const,
  week: (weekStart: string) => [...reflectionKeys.all, weekStart] as const,
};

export function useWeeklyReflection(weekStart: string) {
  return useQuery({ queryKey: reflectionKeys.week(weekStart), queryFn: ({ signal }) => reflectionApi.get(weekStart, signal) });
}

// The ratings feed the support signals: those are asked again after a save.
export const usePutWeeklyReflection = () => useChange(reflectionApi.put, [reflectionKeys.all, supportKeys.signals()]);
