import { Health } from '../../contracts/health.js';
import { version } from '../version.js';
import type { App } from '../types.js';

export async function healthRoutes(app: App): Promise<void> {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { operationId: 'getHealth', tags: ['system'], summary: 'Liveness and database kind', response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const, database: app.database.kind, version }),
  );
}
