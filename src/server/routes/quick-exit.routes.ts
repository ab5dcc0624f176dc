import { NEUTRAL_PAGE, QuickExitTarget } from '../../contracts/quick-exit.js';
import type { App } from '../types.js';

export async function quickExitRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/quick-exit',
    {
      // Public, so it answers on a locked screen and before sign-in, where the quick exit also is.
      config: { public: true },
      schema: {
        operationId: 'getQuickExit',
        tags: ['system'],
        summary: 'Where the quick exit goes',
        description: 'The web app remembers the answer on the device, so leaving needs no request and works offline.',
        security: [],
        response: { 200: QuickExitTarget },
      },
    },
    async () => ({ url: app.quickExitUrl ?? NEUTRAL_PAGE }),
  );
}
