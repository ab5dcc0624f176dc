import { capabilityLinksTable } from '../../contracts/account/capability-links.routes.js';
import { capabilityLinks, revokeCapabilityLinks } from './capability-links.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function capabilityLinksRoutes(app: App): Promise<void> {
  const tags = ['account'];

  route(
    app,
    capabilityLinksTable.listCapabilityLinks,
    {
      tags,
      summary: 'Links of yours that work without signing in',
      description:
        'Your calendar feed address and the feedback questions not yet answered. The addresses themselves are not kept, only that they exist.',
    },
    async (req) => ({ items: await capabilityLinks(app.database.db, actorOf(req), app.clock().toISOString()) }),
  );

  route(
    app,
    capabilityLinksTable.revokeCapabilityLinks,
    {
      tags,
      summary: 'Turn every such link off',
      description:
        'The calendar feed address stops working (make a new one whenever you like); unanswered feedback questions close, and answers already given stay. A password change does the same.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await app.database.transaction((trx) => revokeCapabilityLinks(trx, actor, app.clock().toISOString()));
      return reply.code(204).send(null);
    },
  );
}
