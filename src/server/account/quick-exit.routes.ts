import { NEUTRAL_PAGE } from '../../contracts/account/quick-exit.js';
import { quickExitTable } from '../../contracts/account/quick-exit.routes.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function quickExitRoutes(app: App): Promise<void> {
  route(
    app,
    quickExitTable.getQuickExit,
    {
      tags: ['system'],
      summary: 'Where the quick exit goes',
      description: 'The web app remembers the answer on the device, so leaving needs no request and works offline.',
      security: [],
      // Public, so it answers on a locked screen and before sign-in, where the quick exit also is.
      config: { public: true },
    },
    async () => ({ url: app.quickExitUrl ?? NEUTRAL_PAGE }),
  );
}
