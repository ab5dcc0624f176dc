import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickExitTarget } from '../../src/contracts/account/quick-exit.js';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

const WEATHER = 'https://weather.example.org/today';

/** The quick exit (issue 14.8) goes where the server's admin chose, and anyone may ask where, even on a locked screen. */
describe.each(dialects())('where the quick exit goes on %s', (kind) => {
  let plain: Harness;
  let chosen: Harness;
  beforeAll(async () => {
    plain = await harness(kind);
    chosen = await harness(kind, { quickExitUrl: WEATHER });
  });
  afterAll(async () => {
    await plain.close();
    await chosen.close();
  });

  const target = async (h: Harness, cookie?: string) => {
    const r = await h.app.inject({ method: 'GET', url: '/api/v1/quick-exit', ...(cookie && { headers: { cookie } }) });
    expect(r.statusCode).toBe(200);
    return QuickExitTarget.parse(r.json()).url;
  };

  it('is the plain page on this server unless QUICK_EXIT_URL is set', async () => {
    expect(await target(plain)).toBe('/houseplants.html');
    expect(await target(chosen)).toBe(WEATHER);
  });

  it('answers a locked session too, where the quick exit is still on the screen', async () => {
    const me = await signup(chosen.app);
    expect((await me.request('PUT', '/api/v1/app-lock', { pin: '2468', idleMinutes: 5 })).status).toBe(200);
    expect((await me.request('POST', '/api/v1/app-lock/lock')).status).toBe(204);
    expect((await me.request('GET', '/api/v1/me')).status).toBe(423);
    expect(await target(chosen, me.cookie)).toBe(WEATHER);
  });
});
