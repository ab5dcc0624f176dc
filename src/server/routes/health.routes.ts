import { healthTable } from '../../contracts/routes/health.routes.js';
import { version } from '../version.js';
import { route } from './define.js';
import type { App } from '../types.js';

// This file is health.routes.js once compiled; tsx runs it as .ts.
const runtime = import.meta.url.endsWith('.js') ? ('compiled' as const) : ('sources' as const);

export async function healthRoutes(app: App): Promise<void> {
  route(app, healthTable.getHealth, { tags: ['system'], summary: 'Liveness and database kind', config: { public: true } }, async () => ({
    status: 'ok' as const,
    database: app.database.kind,
    version,
    runtime,
  }));
}
