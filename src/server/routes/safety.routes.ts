import { Problem } from '../../contracts/common.js';
import { CheckTextBody, CrisisResources, CrisisResourcesQuery, SafetyVerdict } from '../../contracts/safety.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { crisisResourcesFor } from '../../core/safety/resources.js';
import { UsersRepo } from '../../db/users.repo.js';
import { actorOf } from '../plugins/auth.js';
import { authedProblems } from './responses.js';
import type { App } from '../types.js';

export async function safetyRoutes(app: App): Promise<void> {
  app.post(
    '/api/v1/safety/check',
    {
      schema: {
        operationId: 'checkText',
        tags: ['safety'],
        summary: 'Check text for crisis language as it is written',
        description: 'Nothing is stored; the text is checked in memory and forgotten.',
        body: CheckTextBody,
        response: { 200: SafetyVerdict, ...authedProblems },
      },
    },
    async (req) => ({ crisis: detectCrisis(req.body.text).crisis }),
  );

  app.get(
    '/api/v1/crisis-resources',
    {
      // Open to everyone: someone locked out or not yet signed up may need this most.
      config: { public: true },
      schema: {
        operationId: 'getCrisisResources',
        tags: ['safety'],
        summary: 'Crisis lines for a region',
        querystring: CrisisResourcesQuery,
        response: { 200: CrisisResources, 400: Problem },
      },
    },
    async (req) => {
      const own = req.session ? (await new UsersRepo(app.database.db).get(actorOf(req)))?.region : undefined;
      return crisisResourcesFor(req.query.region ?? own);
    },
  );
}
