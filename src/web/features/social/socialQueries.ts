import { useQuery } from '@tanstack/react-query';
import type { InvitationStatus } from '../../../contracts/social/invitations.js';
import { useChange } from '../../query/mutations.js';
import { pairApi } from '../pair/api.js';
import { peopleKeys, useAction } from './queries.js';
import { invitationsApi, practicesApi, reviewsApi, socialInsightsApi, socialSettingsApi } from './socialApi.js';

/** The belonging steps and the connections over time, each under its own API path. */
export const practiceKeys = { all: ['practices'] as const };
export const socialReviewKeys = { all: ['social-reviews'] as const };
export const socialInsightKeys = {
  all: ['social-insights'] as const,
  weeks: (weeks: number) => [...socialInsightKeys.all, weeks] as const,
};
export const socialSettingsKeys = { all: ['social-settings'] as const };
export const invitationKeys = {
  all: ['invitations'] as const,
  list: () => [...invitationKeys.all, 'list'] as const,
  summary: () => [...invitationKeys.all, 'summary'] as const,
};

const WEEK = 7 * 86_400_000;

export const usePractices = () => useQuery({ queryKey: practiceKeys.all, queryFn: ({ signal }) => practicesApi.list(signal) });
export const useCreatePractice = () => useChange(practicesApi.create, [practiceKeys.all]);
/** One of the ideas, added with a tap. */
export const useAddPracticeIdea = () => useAction(practicesApi.create, [practiceKeys.all]);
export const useArchivePractice = () => useAction(practicesApi.archive, [practiceKeys.all]);
/** Ticks a day, or takes the tick away. */
export const useTickPractice = () =>
  useAction(
    ({ id, day, done }: { id: string; day: string; done: boolean }) => (done ? practicesApi.check(id, day) : practicesApi.uncheck(id, day)),
    [practiceKeys.all],
  );

export const useSocialReviews = () => useQuery({ queryKey: socialReviewKeys.all, queryFn: ({ signal }) => reviewsApi.list(signal) });
export const usePutSocialReview = () => useChange(reviewsApi.put, [socialReviewKeys.all]);

/** The last `weeks`, up to now. */
export const useSocialInsights = (weeks: number) =>
  useQuery({
    queryKey: socialInsightKeys.weeks(weeks),
    queryFn: ({ signal }) => {
      const to = new Date();
      return socialInsightsApi.get(new Date(to.getTime() - weeks * WEEK).toISOString(), to.toISOString(), signal);
    },
  });

export const useSocialSettings = () =>
  useQuery({ queryKey: socialSettingsKeys.all, queryFn: ({ signal }) => socialSettingsApi.get(signal) });
export const useUpdateSocialSettings = () => useAction(socialSettingsApi.update, [socialSettingsKeys.all]);
/** A new calendar feed address (it replaces any earlier one, the pair's check-in calendar too). */
export const useNewCalendarAddress = () => useAction(() => pairApi.rotateCalendar(), []);

export const useInvitations = () =>
  useQuery({ queryKey: invitationKeys.list(), queryFn: ({ signal }) => invitationsApi.list(signal).then((p) => p.items) });
export const useInvitationSummary = () =>
  useQuery({ queryKey: invitationKeys.summary(), queryFn: ({ signal }) => invitationsApi.summary(signal) });
export const useCreateInvitation = () => useChange(invitationsApi.create, [invitationKeys.all]);
/** An invitation that happened may count as time together with the people it names. */
export const useUpdateInvitation = () =>
  useAction(
    ({ id, status }: { id: string; status: InvitationStatus }) => invitationsApi.update(id, { status }),
    [invitationKeys.all, peopleKeys.all],
  );
