import { Health } from '../../contracts/health.js';
import { version } from '../version.js';
import type { App } from '../types.js';

// This file is health.routes.js once compiled; tsx runs it as .ts.
const runtime = import.meta.url.endsWith('.js') ? ('compiled' as const) : ('sources' as const);

export async function healthRoutes(app: App): Promise<void> {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { operationId: 'getHealth', tags: ['system'], summary: 'Liveness and database kind', response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const, database: app.database.kind, version, runtime }),
  );
}
