import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { PairStateResponse } from '../../../contracts/pair/pair.js';
import { useChange } from '../../query/mutations.js';
import { goalKeys } from './goals/queries.js';
import { reviewKeys } from './reviews/queries.js';
import { forPair, pairApi } from './api.js';

/** The pair space: everything under /api/v1/pair, so `pairKeys.all` reaches every pair screen (kudos, requests, the stress plan too). */
export const pairKeys = {
  all: ['pair'] as const,
  /** Who the person is linked with, and whether a pair just ended. */
  state: () => [...pairKeys.all, 'state'] as const,
  /** The partner page: agreement, next check-in and topics. */
  overview: () => [...pairKeys.all, 'overview'] as const,
  agreement: () => [...pairKeys.all, 'agreement'] as const,
  checkIn: () => [...pairKeys.all, 'check-in'] as const,
  /** What the partner shares from their cycle log (the cycle screen's "Shared with you"). */
  sharedMoments: () => [...pairKeys.all, 'cycle-events'] as const,
};

/**
 * Linking or ending a pair changes every pair screen (all under `pairKeys.all`, shared moments
 * included) and the screens that show shared things beside the person's own: goals, reviews.
 */
export const PARTNERSHIP_KEYS: readonly QueryKey[] = [pairKeys.all, goalKeys.all, reviewKeys.all];

/** Put away, the news of an ended pair is gone at once, not after a refetch. */
export function useDismissEnding() {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: () => pairApi.dismissEnding(),
    onSuccess: () => client.setQueryData(pairKeys.state(), (state: PairStateResponse | undefined) => state && { ...state, ended: null }),
  });
  return () => mutateAsync();
}

export function usePairState() {
  return useQuery({ queryKey: pairKeys.state(), queryFn: ({ signal }) => pairApi.pair(signal) });
}

export function usePairOverview() {
  return useQuery({
    queryKey: pairKeys.overview(),
    queryFn: ({ signal }) =>
      forPair(signal, async () => {
        const [agreement, next, topics] = await Promise.all([
          pairApi.agreement(signal),
          pairApi.nextCheckIn(signal),
          pairApi.topics(signal),
        ]);
        return { agreement, checkIn: next, topics: topics.items };
      }),
  });
}

export function useAgreement() {
  return useQuery({
    queryKey: pairKeys.agreement(),
    queryFn: ({ signal }) => forPair(signal, async () => ({ agreement: await pairApi.agreement(signal) })),
  });
}

export function useNextCheckIn() {
  return useQuery({
    queryKey: pairKeys.checkIn(),
    queryFn: ({ signal }) => forPair(signal, async () => ({ checkIn: await pairApi.nextCheckIn(signal) })),
  });
}

/** Joining or leaving changes what the live `pair.linked`/`pair.ended` would (the partner hears those). */
export const useJoinPair = () => useChange(pairApi.join, PARTNERSHIP_KEYS);
export const useLeavePair = () => useChange(pairApi.leave, PARTNERSHIP_KEYS);
export const useProposeAgreement = () => useChange(pairApi.propose, [pairKeys.overview(), pairKeys.agreement()]);
/** An accepted agreement sets the rhythm (the next check-in) and the request cap. */
export const useAcceptAgreement = () => useChange(pairApi.accept, [pairKeys.all]);
export const useParkTopic = () => useChange(pairApi.park, [pairKeys.overview(), pairKeys.checkIn()]);
export const useUpdateTopic = () => useChange(pairApi.updateTopic, [pairKeys.overview(), pairKeys.checkIn()]);
export const useDeleteTopic = () => useChange(pairApi.deleteTopic, [pairKeys.overview(), pairKeys.checkIn()]);
/**
 * The check-in screen keeps showing "done" (its query is keyed by the check-in it completed, so
 * refetching it now would draw the next one instead); it asks again when opened next.
 */
export const useCompleteCheckIn = () => useChange(pairApi.complete, [pairKeys.overview()]);
