import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddFollowUpBody, CreateUrgeBody, UpdateUrgeBody } from '../../../../contracts/reassurance/urges.js';
import { loaded } from '../../../query/loaded.js';
import { useChange } from '../../../query/mutations.js';
import { insightKeys } from '../insights/queries.js';
import { pairApi } from '../../pair/api.js';
import { pairKeys } from '../../pair/queries.js';
import { urgesApi } from './api.js';
import { reflectionApi } from './reflection-api.js';

type ListParams = { from?: string; to?: string; limit?: number };

/** Every key under `urgeKeys.all`, so one invalidation reaches the history, one urge and the suggestions. */
export const urgeKeys = {
  all: ['urges'] as const,
  lists: () => [...urgeKeys.all, 'list'] as const,
  list: (params: ListParams) => [...urgeKeys.lists(), params] as const,
  detail: (id: string) => [...urgeKeys.all, 'detail', id] as const,
  triggers: () => [...urgeKeys.all, 'triggers'] as const,
  /** The wait offered next (getWaitingLadder): any change to an urge or its ratings can move it. */
  ladder: () => [...urgeKeys.all, 'ladder'] as const,
  /** Urges logged offline, read from the outbox on this device (see query/outboxInvalidation.ts). */
  waiting: () => [...urgeKeys.all, 'waiting'] as const,
};

/** The history, page by page (newest first); "show earlier" adds a page to the same cache entry. */
export function useUrges(params: ListParams) {
  return useInfiniteQuery({
    queryKey: urgeKeys.list(params),
    queryFn: ({ pageParam, signal }) => urgesApi.list({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useUrge(id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: urgeKeys.detail(id),
    queryFn: ({ signal }) => urgesApi.get(id, signal).then((res) => ({ urge: res.urge, crisis: res.safety.crisis })),
    enabled: opts.enabled ?? true,
  });
}

/** The words for a change that failed, as a failed load says them (`loaded` maps the problem). */
export function failedText(error: unknown, fallback: string): string {
  const failed = loaded({ data: undefined, error });
  return failed.status === 'error' ? failed.message : fallback;
}

export function useWaitingUrges() {
  return useQuery({ queryKey: urgeKeys.waiting(), queryFn: () => urgesApi.waiting() });
}

/** The person's own triggers as suggestions; offline the starter ideas stand in, with no request that can only fail. */
/** Only asked online: offline, the pause offers the usual lengths and nothing else is missed. */
export function useWaitingLadder() {
  return useQuery({ queryKey: urgeKeys.ladder(), queryFn: ({ signal }) => urgesApi.ladder(signal), enabled: navigator.onLine });
}

export function useTriggerSuggestions() {
  return useQuery({
    queryKey: urgeKeys.triggers(),
    queryFn: ({ signal }) => urgesApi.triggers(signal).then((res) => res.items.map((i) => i.tag)),
    enabled: navigator.onLine,
    staleTime: 60_000,
  });
}

/**
 * What a change to an urge makes stale: the history and the trigger suggestions. Not awaited, so
 * the form that saved goes on at once while the lists refetch behind it. A change kept in the
 * outbox invalidates nothing yet: the server has not seen it, and its replay invalidates then.
 */
function useChanged() {
  const client = useQueryClient();
  return (sent: boolean) => {
    if (!sent) return;
    void client.invalidateQueries({ queryKey: urgeKeys.lists() });
    void client.invalidateQueries({ queryKey: urgeKeys.triggers() });
    void client.invalidateQueries({ queryKey: urgeKeys.ladder() });
    void client.invalidateQueries({ queryKey: insightKeys.reassuranceAll() });
    // Parking with nobody linked keeps the words for the person's next reflection.
    void client.invalidateQueries({ queryKey: reflectionKeys.all });
  };
}

export function useCreateUrge() {
  const changed = useChanged();
  return useMutation({ mutationFn: (body: CreateUrgeBody) => urgesApi.create(body), onSuccess: (res) => changed(!res.queued) });
}

export function useUpdateUrge() {
  const client = useQueryClient();
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ ref, body }: { ref: string; body: UpdateUrgeBody }) => urgesApi.update(ref, body),
    onSuccess: (res, { ref }) => {
      if (!res.queued) client.setQueryData(urgeKeys.detail(ref), { urge: res.data.urge, crisis: res.data.safety.crisis });
      changed(!res.queued);
    },
  });
}

export function useAddFollowUp() {
  const client = useQueryClient();
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ ref, body }: { ref: string; body: AddFollowUpBody }) => urgesApi.addFollowUp(ref, body),
    onSuccess: (res, { ref }) => {
      if (!res.queued) void client.invalidateQueries({ queryKey: urgeKeys.detail(ref) });
      changed(!res.queued);
    },
  });
}

export function useRemoveUrge() {
  const client = useQueryClient();
  const changed = useChanged();
  return useMutation({
    mutationFn: (id: string) => urgesApi.remove(id),
    onSuccess: (_, id) => {
      // Marked stale, not refetched: the page showing it is being left (a refetch now would only
      // answer 404), and opening it again asks and says "not found".
      void client.invalidateQueries({ queryKey: urgeKeys.detail(id), refetchType: 'none' });
      changed(true);
    },
  });
}

/** What a person with no partner parked from an urge, for their next reflection. Only they see it. */
export const reflectionKeys = {
  all: ['reflection-topics'] as const,
};

export function useReflectionTopics() {
  return useQuery({ queryKey: reflectionKeys.all, queryFn: ({ signal }) => reflectionApi.list(signal).then((res) => res.items) });
}

export const useUpdateReflectionTopic = () => useChange(reflectionApi.update, [reflectionKeys.all]);
export const useRemoveReflectionTopic = () => useChange(reflectionApi.remove, [reflectionKeys.all]);

/**
 * Whom parking would reach: the partner's name, null with nobody linked, undefined while unknown
 * (loading, or offline, where nothing is promised either way). The pair's own query, so linking
 * or a partner's leaving (live `pair.linked`/`pair.ended`) changes it here too.
 */
export function usePartnerName(): string | null | undefined {
  const pair = useQuery({ queryKey: pairKeys.state(), queryFn: ({ signal }) => pairApi.pair(signal), enabled: navigator.onLine });
  if (!pair.data) return undefined;
  return pair.data.pair ? pair.data.pair.partner.displayName : null;
}
