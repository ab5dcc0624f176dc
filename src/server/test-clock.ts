import { z } from 'zod';
import type { App } from './types.js';

/**
 * A server clock that an end-to-end journey can move, so a week of days runs in minutes.
 * It exists only when the server is started with STEADY_TEST_CLOCK=1 (refused when
 * NODE_ENV=production, see src/cli/config.ts); without it the route below is never registered.
 * Time keeps flowing from the moment it is set, as the browser's injected clock does.
 */
export class TestClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
}

const SetClock = z.object({ now: z.iso.datetime({ offset: true }) });

export async function testClockRoutes(app: App, opts: { clock: TestClock }): Promise<void> {
  app.put(
    '/api/test/clock',
    // Public and hidden from the OpenAPI document: it is test machinery, not part of the API.
    { config: { public: true }, schema: { hide: true, body: SetClock } },
    async (req, reply) => {
      opts.clock.set(new Date(req.body.now));
      return reply.code(204).send();
    },
  );
}
