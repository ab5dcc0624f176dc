import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateDraftBody } from '../../../../contracts/reassurance/drafts.js';
import { draftsApi, type DraftOutcome } from './api.js';

/*
 * Drafts are the person's own and never shared, so no live event names them: only this device's
 * changes make them stale, and each change below marks what it touched.
 */
export const draftKeys = {
  all: ['drafts'] as const,
  list: () => [...draftKeys.all, 'list'] as const,
  insights: () => ['insights', 'drafts'] as const,
};

export const useDrafts = () => useQuery({ queryKey: draftKeys.list(), queryFn: ({ signal }) => draftsApi.list(signal) });
export const useDraftInsights = () => useQuery({ queryKey: draftKeys.insights(), queryFn: ({ signal }) => draftsApi.insights(signal) });

/** Marks the keys stale without awaiting the refetch, so the screen goes on at once. */
function useStale(keys: readonly QueryKey[]) {
  const client = useQueryClient();
  return () => {
    for (const queryKey of keys) void client.invalidateQueries({ queryKey });
  };
}

export function useCreateDraft() {
  const onSuccess = useStale([draftKeys.all]);
  return useMutation({ mutationFn: (body: z.input<typeof CreateDraftBody>) => draftsApi.create(body), onSuccess });
}

/** A decided or removed pause also changes what the pauses add up to. */
export function useResolveDraft() {
  const onSuccess = useStale([draftKeys.all, draftKeys.insights()]);
  return useMutation({ mutationFn: ({ id, outcome }: { id: string; outcome: DraftOutcome }) => draftsApi.resolve(id, outcome), onSuccess });
}

export function useRemoveDraft() {
  const onSuccess = useStale([draftKeys.all, draftKeys.insights()]);
  return useMutation({ mutationFn: (id: string) => draftsApi.remove(id), onSuccess });
}
