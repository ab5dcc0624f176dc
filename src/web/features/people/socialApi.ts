import type { z } from 'zod';
import type { CreateInvitationBody, Invitation, InvitationSummary, UpdateInvitationBody } from '../../../contracts/invitations.js';
import type { Practice, PracticeList } from '../../../contracts/practices.js';
import type { PutSocialReviewBody, SocialReview, SocialReviewList } from '../../../contracts/social-reviews.js';
import type { SocialInsights } from '../../../contracts/social-insights.js';
import type { SocialSettings } from '../../../contracts/social-settings.js';
import { api, query } from '../../api/client.js';

type Safety = { safety: { crisis: boolean } };
export type SocialInsightsData = z.infer<typeof SocialInsights>;
export type ReviewList = z.infer<typeof SocialReviewList>;

export const invitationsApi = {
  list: (signal?: AbortSignal) =>
    api.get<{ items: Invitation[]; nextCursor: string | null }>(`/api/v1/invitations${query({ limit: 100 })}`, signal),
  summary: (signal?: AbortSignal) => api.get<InvitationSummary>('/api/v1/invitations/summary', signal),
  create: (body: z.input<typeof CreateInvitationBody>) =>
    api.post<{ invitation: Invitation } & Safety>('/api/v1/invitations', body, { idempotent: true }),
  update: (id: string, body: UpdateInvitationBody) =>
    api.patch<{ invitation: Invitation } & Safety>(`/api/v1/invitations/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete(`/api/v1/invitations/${encodeURIComponent(id)}`),
};

export const practicesApi = {
  list: (signal?: AbortSignal) => api.get<z.infer<typeof PracticeList>>('/api/v1/practices', signal),
  create: (name: string) => api.post<{ practice: Practice }>('/api/v1/practices', { name }, { idempotent: true }),
  archive: (id: string) => api.patch<{ practice: Practice }>(`/api/v1/practices/${encodeURIComponent(id)}`, { archived: true }),
  check: (id: string, day: string) => api.put<unknown>(`/api/v1/practices/${encodeURIComponent(id)}/days/${day}`, {}),
  uncheck: (id: string, day: string) => api.delete(`/api/v1/practices/${encodeURIComponent(id)}/days/${day}`),
};

export const reviewsApi = {
  list: (signal?: AbortSignal) => api.get<ReviewList>('/api/v1/social-reviews', signal),
  put: (month: string, body: z.input<typeof PutSocialReviewBody>) =>
    api.put<{ review: SocialReview } & Safety>(`/api/v1/social-reviews/${month}`, body),
};

export const socialInsightsApi = {
  get: (from: string, to: string, signal?: AbortSignal) =>
    api.get<SocialInsightsData>(`/api/v1/insights/social${query({ from, to })}`, signal),
};

export const socialSettingsApi = {
  get: (signal?: AbortSignal) => api.get<SocialSettings>('/api/v1/social-settings', signal),
  update: (rhythmsInCalendar: boolean) => api.put<SocialSettings>('/api/v1/social-settings', { rhythmsInCalendar }),
};
