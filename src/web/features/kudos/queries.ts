import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../query/mutations.js';
import { pairKeys } from '../pair/queries.js';
import { withPair } from '../requests/api.js';
import { kudosApi } from './api.js';

export const kudosKeys = {
  all: [...pairKeys.all, 'kudos'] as const,
  /** The newest page; "show more" pages are the screen's own. */
  feed: () => [...kudosKeys.all, 'feed'] as const,
};

export function useKudosFeed() {
  return useQuery({ queryKey: kudosKeys.feed(), queryFn: ({ signal }) => withPair(signal, () => kudosApi.list({ limit: 20 }, signal)) });
}

export const useGiveKudos = () => useChange(kudosApi.give, [kudosKeys.all]);
