import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateJournalEntryBody, UpdateJournalEntryBody } from '../../../contracts/journal/journal.js';
import { journalApi } from './api.js';

type ListParams = { tag: string | null; limit: number };

export const journalKeys = {
  all: ['journal'] as const,
  lists: () => [...journalKeys.all, 'list'] as const,
  list: (params: ListParams) => [...journalKeys.lists(), params] as const,
  detail: (id: string) => [...journalKeys.all, 'detail', id] as const,
  /** Entries written offline, read from the outbox on this device (see query/outboxInvalidation.ts). */
  waiting: () => [...journalKeys.all, 'waiting'] as const,
};

/** The journal, newest first, page by page; "load more" adds a page to the same cache entry. */
export function useJournal(params: ListParams, opts: { enabled: boolean }) {
  return useInfiniteQuery({
    queryKey: journalKeys.list(params),
    queryFn: ({ pageParam, signal }) => journalApi.list({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: opts.enabled,
  });
}

export function useJournalEntry(id: string) {
  return useQuery({
    queryKey: journalKeys.detail(id),
    queryFn: ({ signal }) => journalApi.get(id, signal).then((res) => ({ entry: res.entry, crisis: res.safety.crisis })),
  });
}

export function useWaitingEntries() {
  return useQuery({ queryKey: journalKeys.waiting(), queryFn: () => journalApi.waiting() });
}

/** Lists refetch behind the form that saved, which goes on at once (not awaited). */
function useListsChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: journalKeys.lists() });
}

/** Writing works offline: a queued entry invalidates nothing until its replay does (query/outboxInvalidation.ts). */
export function useCreateEntry() {
  const changed = useListsChanged();
  return useMutation({
    mutationFn: (body: CreateJournalEntryBody) => journalApi.create(body),
    onSuccess: (res) => {
      if (!res.queued) changed();
    },
  });
}

export function useUpdateEntry() {
  const client = useQueryClient();
  const changed = useListsChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateJournalEntryBody }) => journalApi.update(id, body),
    onSuccess: (res, { id }) => {
      client.setQueryData(journalKeys.detail(id), { entry: res.entry, crisis: res.safety.crisis });
      changed();
    },
  });
}

export function useRemoveEntry() {
  const client = useQueryClient();
  const changed = useListsChanged();
  return useMutation({
    mutationFn: (id: string) => journalApi.remove(id),
    onSuccess: (_, id) => {
      // Marked stale, not refetched: the page showing it is being left; opening it again says "not found".
      void client.invalidateQueries({ queryKey: journalKeys.detail(id), refetchType: 'none' });
      changed();
    },
  });
}
