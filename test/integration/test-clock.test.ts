import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config.js';
import { TestClock } from '../../src/server/test-clock.js';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

describe('the end-to-end journey clock', () => {
  it('is off unless STEADY_TEST_CLOCK=1, and refused outright when NODE_ENV=production', () => {
    expect(loadConfig({}).testClock).toBe(false);
    expect(loadConfig({ STEADY_TEST_CLOCK: 'true' }).testClock).toBe(false);
    expect(loadConfig({ STEADY_TEST_CLOCK: '1', NODE_ENV: 'test' }).testClock).toBe(true);
    expect(() => loadConfig({ STEADY_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(/refused when NODE_ENV=production/);
  });
});

/** As src/cli/serve.ts builds it: the route moves the very clock the server reads. */
function withTestClock(kind: Parameters<typeof harness>[0]): Promise<Harness> {
  const clock = new TestClock();
  return harness(kind, { testClock: clock, clock: clock.now });
}

describe.each(dialects())('PUT /api/test/clock on %s', (kind) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('does not exist on a server started without the test clock', async () => {
    h = await harness(kind, { clock: undefined });
    // Anonymous callers meet the 401 every unknown API address gives them; signed in, there is nothing there.
    const anonymous = await h.app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: '2030-01-07T08:00:00.000Z' } });
    expect(anonymous.statusCode).toBe(401);
    const sam = await signup(h.app);
    const res = await sam.request('PUT', '/api/test/clock', { now: '2030-01-07T08:00:00.000Z' });
    expect(res.status).toBe(404);
    const entry = await sam.request('POST', '/api/v1/journal', { text: 'Still today.' });
    expect(Math.abs(Date.parse(entry.body.entry.createdAt as string) - Date.now())).toBeLessThan(60_000);
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/test'))).toBe(false);
  });

  it('with the test clock, moves the time the server stamps on what a person saves, and keeps it flowing', async () => {
    h = await withTestClock(kind);
    const moved = await h.app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: '2030-01-07T08:00:00.000Z' } });
    expect(moved.statusCode).toBe(204);
    const sam = await signup(h.app);
    const created = await sam.request('POST', '/api/v1/journal', { text: 'Monday morning, first coffee.' });
    expect(created.status).toBe(201);
    const stamped = Date.parse(created.body.entry.createdAt as string);
    expect(stamped).toBeGreaterThanOrEqual(Date.parse('2030-01-07T08:00:00.000Z'));
    expect(stamped).toBeLessThan(Date.parse('2030-01-07T08:01:00.000Z'));
    // Not part of the API: hidden from the OpenAPI document even when present.
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/test'))).toBe(false);
  });

  it('answers a bad time with 400 naming the field', async () => {
    h = await withTestClock(kind);
    const res = await h.app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: 'next tuesday' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('now');
  });
});
