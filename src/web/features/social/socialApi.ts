import type { z } from 'zod';
import type { CreateInvitationBody, UpdateInvitationBody } from '../../../contracts/social/invitations.js';
import type { PutSocialReviewBody } from '../../../contracts/social/social-reviews.js';
import { call, type Success } from '../../api/call.js';

export type SocialInsightsData = Success<'getSocialInsights'>;
export type ReviewList = Success<'listSocialReviews'>;

export const invitationsApi = {
  list: (signal?: AbortSignal) => call('listInvitations', { query: { limit: 100 } }, { signal }),
  summary: (signal?: AbortSignal) => call('getInvitationSummary', {}, { signal }),
  create: (body: z.input<typeof CreateInvitationBody>) => call('createInvitation', { body }, { idempotent: true }),
  update: (id: string, body: UpdateInvitationBody) => call('updateInvitation', { params: { id }, body }),
  remove: (id: string) => call('deleteInvitation', { params: { id } }),
};

export const practicesApi = {
  list: (signal?: AbortSignal) => call('listPractices', {}, { signal }),
  create: (name: string) => call('createPractice', { body: { name } }, { idempotent: true }),
  archive: (id: string) => call('updatePractice', { params: { id }, body: { archived: true } }),
  check: (id: string, day: string) => call('checkPracticeDay', { params: { id, day } }),
  uncheck: (id: string, day: string) => call('uncheckPracticeDay', { params: { id, day } }),
};

export const reviewsApi = {
  list: (signal?: AbortSignal) => call('listSocialReviews', {}, { signal }),
  put: (month: string, body: z.input<typeof PutSocialReviewBody>) => call('putSocialReview', { params: { month }, body }),
};

export const socialInsightsApi = {
  get: (from: string, to: string, signal?: AbortSignal) => call('getSocialInsights', { query: { from, to } }, { signal }),
};

export const socialSettingsApi = {
  get: (signal?: AbortSignal) => call('getSocialSettings', {}, { signal }),
  update: (rhythmsInCalendar: boolean) => call('updateSocialSettings', { body: { rhythmsInCalendar } }),
};
