import { z } from 'zod';
import { CapabilityLinkList } from '../../contracts/auth.js';
import { capabilityLinks, revokeCapabilityLinks } from '../capability-links.js';
import { actorOf } from '../plugins/auth.js';
import { authedProblems } from './responses.js';
import type { App } from '../types.js';

export async function capabilityLinksRoutes(app: App): Promise<void> {
  const tags = ['account'];

  app.get(
    '/api/v1/capability-links',
    {
      schema: {
        operationId: 'listCapabilityLinks',
        tags,
        summary: 'Links of yours that work without signing in',
        description:
          'Your calendar feed address and the feedback questions not yet answered. The addresses themselves are not kept, only that they exist.',
        response: { 200: CapabilityLinkList, ...authedProblems },
      },
    },
    async (req) => ({ items: await capabilityLinks(app.database.db, actorOf(req), app.clock().toISOString()) }),
  );

  app.post(
    '/api/v1/capability-links/revoke',
    {
      schema: {
        operationId: 'revokeCapabilityLinks',
        tags,
        summary: 'Turn every such link off',
        description:
          'The calendar feed address stops working (make a new one whenever you like); unanswered feedback questions close, and answers already given stay. A password change does the same.',
        response: { 204: z.null().describe('Every link is off'), ...authedProblems },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await app.database.transaction((trx) => revokeCapabilityLinks(trx, actor, app.clock().toISOString()));
      return reply.code(204).send(null);
    },
  );
}
