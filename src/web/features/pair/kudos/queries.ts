import { useInfiniteQuery } from '@tanstack/react-query';
import { useChange } from '../../../query/mutations.js';
import { pairKeys } from '../queries.js';
import { withPair } from '../requests/api.js';
import { kudosApi } from './api.js';

export const kudosKeys = {
  all: [...pairKeys.all, 'kudos'] as const,
  /** The feed, page by page: "show earlier" adds a page to the same cache entry, so a live refetch keeps them all. */
  feed: () => [...kudosKeys.all, 'feed'] as const,
};

export function useKudosFeed() {
  return useInfiniteQuery({
    queryKey: kudosKeys.feed(),
    queryFn: ({ pageParam, signal }) => withPair(signal, () => kudosApi.list({ cursor: pageParam, limit: 20 }, signal)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => ({ pair: data.pages[0]!.pair, items: data.pages.flatMap((page) => page.items) }),
  });
}

export const useGiveKudos = () => useChange(kudosApi.give, [kudosKeys.all]);
