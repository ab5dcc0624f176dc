import { z } from 'zod';
import { CapabilityLinkList } from './auth.js';
import { authedProblems } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const capabilityLinksTable = defineRoutes({
  listCapabilityLinks: { method: 'GET', path: '/api/v1/capability-links', responses: { 200: CapabilityLinkList, ...authedProblems } },
  revokeCapabilityLinks: {
    method: 'POST',
    path: '/api/v1/capability-links/revoke',
    responses: { 204: z.null().describe('Every link is off'), ...authedProblems },
  },
});
