import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../query/mutations.js';
import { pairApi } from '../pair/api.js';
import { pairKeys } from '../pair/queries.js';
import { cyclesApi } from './api.js';

/** The person's own stage log; what the partner shares lives under `pairKeys.sharedMoments()`. */
export const cycleKeys = {
  all: ['cycle-events'] as const,
  list: () => [...cycleKeys.all, 'list'] as const,
  insights: () => ['insights', 'cycles'] as const,
};

export const useCycleEvents = () => useQuery({ queryKey: cycleKeys.list(), queryFn: ({ signal }) => cyclesApi.list(signal) });

/** What the partner shares, or null when not linked (asked only once there is a pair: no failed request). */
export const useSharedMoments = () =>
  useQuery({
    queryKey: pairKeys.sharedMoments(),
    queryFn: async ({ signal }) => {
      const { pair } = await pairApi.pair(signal);
      return pair ? (await cyclesApi.shared(signal)).items : null;
    },
  });

export const useCycleInsights = () => useQuery({ queryKey: cycleKeys.insights(), queryFn: ({ signal }) => cyclesApi.insights(signal) });

/** A moment written, changed or deleted changes the log, what is shared of it and the picture over time. */
const CHANGED = [cycleKeys.all, pairKeys.sharedMoments(), cycleKeys.insights()];
export const useCreateCycleEvent = () => useChange(cyclesApi.create, CHANGED);
export const useUpdateCycleEvent = () => useChange(cyclesApi.update, CHANGED);
export const useRemoveCycleEvent = () => useChange(cyclesApi.remove, CHANGED);
