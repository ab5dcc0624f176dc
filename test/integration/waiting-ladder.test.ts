import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { linkedPair } from '../support/pair.js';

const URL = '/api/v1/urges/waiting-ladder';

/** Logs an urge `day` days (fractions allowed) into October 2026 that the person waited `delay` minutes after, rated `before` then (optionally) `after` once the wait was over. */
async function waited(
  c: Client,
  day: number,
  delay: number | null,
  before: number | null,
  after?: { minutesAfter: number; anxiety: number },
) {
  const res = await c.request('POST', '/api/v1/urges', {
    occurredAt: new Date(Date.UTC(2026, 9, 1, 18) + day * 86_400_000).toISOString(),
    intensity: 6,
    anxietyBefore: before,
    triggers: [],
    action: 'delayed',
    delayMinutes: delay,
  });
  expect(res.status).toBe(201);
  const id = res.body.urge.id as string;
  if (after) expect((await c.request('POST', `/api/v1/urges/${id}/follow-ups`, after)).status).toBe(201);
  return id;
}

describe.each(dialects())('waiting ladder on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('offers nothing before the first wait', async () => {
    const me = await signup(h.app);
    const res = await me.request('GET', URL);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ suggestedMinutes: null, grewFrom: null, steps: [], basis: { waits: 0, rated: 0, eased: 0 } });
  });

  it('grows after waits that eased anxiety and stays after the others, from the person’s own urges', async () => {
    const me = await signup(h.app);
    const first = await waited(me, 1, 10, 7, { minutesAfter: 12, anxiety: 4 });
    expect((await me.request('GET', URL)).body).toMatchObject({
      suggestedMinutes: 12,
      grewFrom: { urgeId: first, waitedMinutes: 10, anxietyBefore: 7, anxietyAfter: 4, outcome: 'eased', suggestedAfter: 12, grew: true },
    });

    // Not lower after the wait; a rating only during the wait (cut short); no wait at all; no rating at the urge.
    await waited(me, 2, 12, 5, { minutesAfter: 15, anxiety: 5 });
    await waited(me, 3, 12, 8, { minutesAfter: 3, anxiety: 2 });
    await waited(me, 4, null, 8, { minutesAfter: 30, anxiety: 2 });
    await waited(me, 5, 12, null, { minutesAfter: 30, anxiety: 2 });
    const held = (await me.request('GET', URL)).body;
    expect(held.suggestedMinutes).toBe(12);
    expect(held.grewFrom.urgeId).toBe(first);
    expect(held.steps.map((s: any) => s.outcome)).toEqual(['eased', 'steady', 'unrated', 'unrated']);
    expect(held.basis).toEqual({ waits: 4, rated: 2, eased: 1 });

    // Logged out of order: the ladder follows when the urges happened, not when they were written.
    const late = await waited(me, 6, 12, 6, { minutesAfter: 14, anxiety: 3 });
    const earlier = await waited(me, 0.5, 5, 9, { minutesAfter: 240, anxiety: 1 });
    const grown = (await me.request('GET', URL)).body;
    expect(grown.steps[0].urgeId).toBe(earlier);
    expect(grown.suggestedMinutes).toBe(14);
    expect(grown.grewFrom).toMatchObject({ urgeId: late, waitedMinutes: 12, anxietyBefore: 6, anxietyAfter: 3 });
  });

  it('lists the most recent 30 waits while counting every one', async () => {
    const me = await signup(h.app);
    for (let day = 1; day <= 31; day++) await waited(me, day, 5, 5);
    const body = (await me.request('GET', URL)).body;
    expect(body.steps).toHaveLength(30);
    expect(body.steps[0].occurredAt).toBe('2026-10-03T18:00:00.000Z');
    expect(body.basis).toEqual({ waits: 31, rated: 0, eased: 0 });
  });

  it('is always the caller’s own: a partner and a stranger see only theirs, anonymous gets 401', async () => {
    const { a, b } = await linkedPair(h);
    const stranger = await signup(h.app);
    await waited(a, 1, 10, 7, { minutesAfter: 12, anxiety: 2 });
    expect((await a.request('GET', URL)).body.suggestedMinutes).toBe(12);
    for (const other of [b, stranger]) {
      expect((await other.request('GET', URL)).body).toEqual({
        suggestedMinutes: null,
        grewFrom: null,
        steps: [],
        basis: { waits: 0, rated: 0, eased: 0 },
      });
    }
    const anonymous = await h.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
  });

  it('does not read the path as an urge id', async () => {
    const me = await signup(h.app);
    expect((await me.request('GET', URL)).status).toBe(200);
    expect((await me.request('GET', '/api/v1/urges/not-a-uuid')).status).toBe(400);
  });
});
