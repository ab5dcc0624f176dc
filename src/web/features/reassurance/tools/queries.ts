import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateThoughtRecordBody, UpdateThoughtRecordBody } from '../../../../contracts/reassurance/thought-records.js';
import { useChange } from '../../../query/mutations.js';
import { thoughtsApi, toolSessionsApi } from './api.js';

const PAGE_SIZE = 20;

/** Keys start with the API path's first segment, so a replayed offline create reaches them (query/outboxInvalidation.ts). */
export const toolSessionKeys = {
  all: ['tool-sessions'] as const,
};

export const thoughtKeys = {
  all: ['thought-records'] as const,
  lists: () => [...thoughtKeys.all, 'list'] as const,
  detail: (id: string) => [...thoughtKeys.all, 'detail', id] as const,
};

/** A session counts in "which tools help me" on the insights, so those are stale too. */
export const useCreateToolSession = () => useChange(toolSessionsApi.create, [toolSessionKeys.all, ['insights']]);

/** The thought records, newest first, page by page; "load more" adds a page to the same cache entry. */
export function useThoughtRecords() {
  return useInfiniteQuery({
    queryKey: thoughtKeys.lists(),
    queryFn: ({ pageParam, signal }) => thoughtsApi.list({ cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useThoughtRecord(id: string) {
  return useQuery({
    queryKey: thoughtKeys.detail(id),
    queryFn: ({ signal }) => thoughtsApi.get(id, signal).then((res) => ({ record: res.thoughtRecord, crisis: res.safety.crisis })),
  });
}

function useListsChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: thoughtKeys.lists() });
}

export function useCreateThoughtRecord() {
  const changed = useListsChanged();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateThoughtRecordBody; idempotencyKey: string }) =>
      thoughtsApi.create(body, idempotencyKey),
    onSuccess: () => changed(),
  });
}

export function useUpdateThoughtRecord() {
  const client = useQueryClient();
  const changed = useListsChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateThoughtRecordBody }) => thoughtsApi.update(id, body),
    onSuccess: (res, { id }) => {
      client.setQueryData(thoughtKeys.detail(id), { record: res.thoughtRecord, crisis: res.safety.crisis });
      changed();
    },
  });
}

export function useRemoveThoughtRecord() {
  const client = useQueryClient();
  const changed = useListsChanged();
  return useMutation({
    mutationFn: (id: string) => thoughtsApi.remove(id),
    onSuccess: (_, id) => {
      // Marked stale, not refetched: the page showing it is being left; opening it again says "not found".
      void client.invalidateQueries({ queryKey: thoughtKeys.detail(id), refetchType: 'none' });
      changed();
    },
  });
}
