import { safetyTable } from '../../contracts/support/safety.routes.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { crisisResourcesFor } from '../../core/safety/resources.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function safetyRoutes(app: App): Promise<void> {
  route(
    app,
    safetyTable.checkText,
    {
      tags: ['safety'],
      summary: 'Check text for crisis language as it is written',
      description: 'Nothing is stored; the text is checked in memory and forgotten.',
    },
    async (req) => ({ crisis: detectCrisis(req.body.text).crisis }),
  );

  route(
    app,
    safetyTable.getCrisisResources,
    { tags: ['safety'], summary: 'Crisis lines for a region', config: { public: true } },
    async (req) => {
      const own = req.session ? (await new UsersRepo(app.database.db).get(actorOf(req)))?.region : undefined;
      return crisisResourcesFor(req.query.region ?? own);
    },
  );
}
