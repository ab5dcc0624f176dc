import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Channel, Interaction } from '../../../contracts/social/interactions.js';
import { loaded } from '../../query/loaded.js';
import { useChange } from '../../query/mutations.js';
import { disclosuresApi, feedbackApi, interactionsApi, peopleApi } from './api.js';

/**
 * The social map: people and what hangs off each (time together, give and take, feedback links,
 * the disclosure ladder). One root, because time together changes a person's last contact, the
 * reach-out list and the give and take at once.
 */
export const peopleKeys = {
  all: ['people'] as const,
  list: () => [...peopleKeys.all, 'list'] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
  reachOut: () => [...peopleKeys.all, 'reach-out'] as const,
  /** Time together with one person, or with anyone (undefined). */
  interactions: (personId: string | undefined) => [...peopleKeys.all, 'interactions', personId ?? 'anyone'] as const,
  interaction: (id: string) => [...peopleKeys.all, 'interaction', id] as const,
  reciprocity: (personId: string, days: number) => [...peopleKeys.all, 'reciprocity', personId, days] as const,
  feedback: (personId: string) => [...peopleKeys.all, 'feedback', personId] as const,
  disclosures: (personId: string) => [...peopleKeys.all, 'disclosures', personId] as const,
};

/** The connections over time (`/people/insights`) count the same time together. */
const SOCIAL: readonly QueryKey[] = [peopleKeys.all, ['social-insights']];

export const usePeople = () => useQuery({ queryKey: peopleKeys.list(), queryFn: ({ signal }) => peopleApi.list(signal) });

export const usePerson = (id: string) =>
  useQuery({ queryKey: peopleKeys.detail(id), queryFn: ({ signal }) => peopleApi.get(id, signal).then((r) => r.person) });

export const useReachOut = () => useQuery({ queryKey: peopleKeys.reachOut(), queryFn: ({ signal }) => peopleApi.reachOut(signal) });

export const useInteractions = (personId: string) =>
  useQuery({
    queryKey: peopleKeys.interactions(personId),
    queryFn: ({ signal }) => interactionsApi.list(personId, signal).then((p) => p.items),
  });

/** One interaction to edit, or the one the page was handed. Not found is a 404, like any other missing item. */
export function useInteraction(id: string | null, passed: Interaction | null) {
  return useQuery({
    queryKey: peopleKeys.interaction(id ?? ''),
    queryFn: async ({ signal }) => {
      if (!id) return null;
      if (passed?.id === id) return passed;
      // By id, however old: the newest page would miss an interaction opened from a bookmark.
      return (await interactionsApi.get(id, signal)).interaction;
    },
  });
}

/** Give and take over the last `days`, up to now. */
export const useReciprocity = (personId: string, days: number) =>
  useQuery({
    queryKey: peopleKeys.reciprocity(personId, days),
    queryFn: ({ signal }) => {
      const to = new Date();
      return peopleApi.reciprocity(personId, new Date(to.getTime() - days * 86_400_000).toISOString(), to.toISOString(), signal);
    },
  });

export const useFeedbackLinks = (personId: string) =>
  useQuery({ queryKey: peopleKeys.feedback(personId), queryFn: ({ signal }) => feedbackApi.list(personId, signal).then((r) => r.items) });

export const useDisclosures = (personId: string) =>
  useQuery({ queryKey: peopleKeys.disclosures(personId), queryFn: ({ signal }) => disclosuresApi.list(personId, signal) });

export const useCreatePerson = () => useChange(peopleApi.create, SOCIAL);
export const useUpdatePerson = () => useChange(peopleApi.update, SOCIAL);
/** Their own page is being left: marked stale, not refetched (that would only answer 404). */
export function useRemovePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => peopleApi.remove(id),
    onSuccess: (_, id) => {
      // Everything of theirs (their page, give and take, feedback, ladder) would only answer 404 now.
      const theirs = (key: readonly unknown[]) => key.includes(id);
      void client.invalidateQueries({ queryKey: peopleKeys.all, predicate: (q) => theirs(q.queryKey), refetchType: 'none' });
      void client.invalidateQueries({ queryKey: peopleKeys.all, predicate: (q) => !theirs(q.queryKey) });
      void client.invalidateQueries({ queryKey: ['social-insights'] });
    },
  });
}
export const useImportVCard = () => useChange(peopleApi.importVCard, SOCIAL);
export const useCreateInteraction = () => useChange(interactionsApi.create, SOCIAL);
/** Two taps on a person's page: saved as just now, started by both, middling warmth and support. */
export const useQuickLog = () =>
  useAction(({ personId, channel }: { personId: string; channel: Channel }) =>
    interactionsApi.create({
      personIds: [personId],
      occurredAt: new Date().toISOString(),
      channel,
      initiatedBy: 'mutual',
      warmth: 3,
      support: 3,
    }),
  );
export const useUpdateInteraction = () => useChange(interactionsApi.update, SOCIAL);
export const useRemoveInteraction = () => useAction(interactionsApi.remove);
export const useCreateFeedbackLink = () => useAction(feedbackApi.create, [peopleKeys.all]);
export const useCreateDisclosure = () => useChange(disclosuresApi.create, [peopleKeys.all]);

/**
 * A one-tap change (a quick log, "not this week", a tick) as a mutation the screen reads: its
 * pending state, what it was for and its failure live here, so no screen keeps a busy flag.
 */
export function useAction<A, R>(change: (args: A) => Promise<R>, stale: readonly QueryKey[] = SOCIAL) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      for (const queryKey of stale) void client.invalidateQueries({ queryKey });
    },
  });
}

/** What a failed change tells the person, or null while nothing failed. */
export function failure(error: unknown): string | null {
  if (!error) return null;
  const state = loaded({ data: undefined, error }, []);
  return state.status === 'error' ? state.message : null;
}

/** A week off the reach-out list for one person. */
export const useRestFromReachOut = () =>
  useAction((item: { personId: string; name: string }) =>
    peopleApi.update(item.personId, { snoozedUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
  );
