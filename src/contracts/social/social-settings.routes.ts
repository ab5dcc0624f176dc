import { SocialSettings, UpdateSocialSettingsBody } from './social-settings.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const socialSettingsTable = defineRoutes({
  getSocialSettings: { method: 'GET', path: '/api/v1/social-settings', responses: { 200: SocialSettings, ...authedProblems } },
  updateSocialSettings: {
    method: 'PUT',
    path: '/api/v1/social-settings',
    body: UpdateSocialSettingsBody,
    responses: { 200: SocialSettings, ...authedProblems },
  },
});
