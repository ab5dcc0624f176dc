import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

const urge = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-20T18:00:00.000Z',
  intensity: 7,
  anxietyBefore: 6,
  triggers: ['No reply', 'no reply ', 'evening'],
  wantedTo: 'Ask if we are ok',
  action: 'delayed',
  delayMinutes: 20,
  note: 'Went for a walk instead',
  ...over,
});

type Page = { status: number; body: { items: Array<{ id: string; occurredAt: string }>; nextCursor: string | null } };

describe.each(dialects())('urges on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('logs, reads, edits and deletes an urge', async () => {
    const created = await me.request('POST', '/api/v1/urges', urge());
    expect(created.status).toBe(201);
    const { urge: u, safety } = created.body;
    expect(safety).toEqual({ crisis: false });
    expect(u).toEqual({
      id: expect.any(String),
      occurredAt: '2026-11-20T18:00:00.000Z',
      intensity: 7,
      anxietyBefore: 6,
      triggers: ['no reply', 'evening'],
      wantedTo: 'Ask if we are ok',
      action: 'delayed',
      delayMinutes: 20,
      note: 'Went for a walk instead',
      followUps: [],
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    expect((await me.request('GET', `/api/v1/urges/${u.id}`)).body.urge).toEqual(u);

    h.clock.advance(1000);
    const edited = await me.request('PATCH', `/api/v1/urges/${u.id}`, { action: 'soothed', note: null, triggers: ['Work'] });
    expect(edited.status).toBe(200);
    expect(edited.body.urge).toMatchObject({
      action: 'soothed',
      note: null,
      triggers: ['work'],
      wantedTo: 'Ask if we are ok',
      intensity: 7,
    });
    expect(edited.body.urge.updatedAt > u.updatedAt).toBe(true);

    expect((await me.request('DELETE', `/api/v1/urges/${u.id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/urges/${u.id}`)).status).toBe(404);
    expect((await me.request('DELETE', `/api/v1/urges/${u.id}`)).status).toBe(404);
  });

  it('fills optional fields with null and stores any offset as UTC', async () => {
    const r = await me.request('POST', '/api/v1/urges', {
      occurredAt: '2026-11-20T19:30:00+01:00',
      intensity: 0,
      anxietyBefore: 10,
      triggers: [],
      action: 'sought',
    });
    expect(r.status).toBe(201);
    expect(r.body.urge).toMatchObject({
      occurredAt: '2026-11-20T18:30:00.000Z',
      wantedTo: null,
      delayMinutes: null,
      note: null,
      triggers: [],
    });
  });

  it('counts the urge towards the day in the person’s own time zone, and recounts when the time is edited', async () => {
    const la = await signup(h.app, { timeZone: 'America/Los_Angeles' });
    const tokyo = await signup(h.app, { timeZone: 'Asia/Tokyo' });
    const a = (await la.request('POST', '/api/v1/urges', urge({ occurredAt: '2026-03-01T02:30:00Z' }))).body.urge;
    await tokyo.request('POST', '/api/v1/urges', urge({ occurredAt: '2026-02-28T23:30:00Z' }));
    const days = async (c: Client) =>
      (await c.request('GET', '/api/v1/me/export')).body.urges.map((u: { localDate: string }) => u.localDate);
    expect(await days(la)).toEqual(['2026-02-28']);
    expect(await days(tokyo)).toEqual(['2026-03-01']);

    await la.request('PATCH', `/api/v1/urges/${a.id}`, { occurredAt: '2026-03-01T09:00:00Z' });
    expect(await days(la)).toEqual(['2026-03-01']);
    // Editing something else leaves the day alone, even after a move to another time zone.
    await la.request('PATCH', '/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
    await la.request('PATCH', `/api/v1/urges/${a.id}`, { intensity: 3, occurredAt: '2026-03-01T09:00:00.000Z' });
    expect(await days(la)).toEqual(['2026-03-01']);
    await la.request('PATCH', `/api/v1/urges/${a.id}`, { occurredAt: '2026-03-01T10:30:00Z' });
    expect(await days(la)).toEqual(['2026-03-02']);
  });

  it('flags crisis language in what the person wanted to ask or noted, and keeps every word', async () => {
    for (const field of ['wantedTo', 'note']) {
      const text = 'Honestly I dont want to wake up anymore.';
      const r = await me.request('POST', '/api/v1/urges', urge({ [field]: text }));
      expect(r.status).toBe(201);
      expect(r.body.safety.crisis, field).toBe(true);
      expect(r.body.urge[field]).toBe(text);
      expect((await me.request('GET', `/api/v1/urges/${r.body.urge.id}`)).body).toMatchObject({
        urge: { [field]: text },
        safety: { crisis: true },
      });
    }
    const calm = (await me.request('POST', '/api/v1/urges', urge())).body.urge;
    const edited = await me.request('PATCH', `/api/v1/urges/${calm.id}`, { note: 'everyone would be better off without me' });
    expect(edited.body.safety.crisis).toBe(true);
  });

  it('adds follow-up ratings, oldest first, in one answer with the urge', async () => {
    const u = (await me.request('POST', '/api/v1/urges', urge())).body.urge;
    h.clock.advance(30 * 60_000);
    const first = await me.request('POST', `/api/v1/urges/${u.id}/follow-ups`, { minutesAfter: 30, anxiety: 4 });
    expect(first.status).toBe(201);
    expect(first.body.urge.followUps).toEqual([
      { id: expect.any(String), minutesAfter: 30, anxiety: 4, createdAt: h.clock.now.toISOString() },
    ]);
    h.clock.advance(90 * 60_000);
    // Backfilled out of order: still listed in the order they were written.
    await me.request('POST', `/api/v1/urges/${u.id}/follow-ups`, { minutesAfter: 120, anxiety: 6 });
    h.clock.advance(60_000);
    const third = await me.request('POST', `/api/v1/urges/${u.id}/follow-ups`, { minutesAfter: 10, anxiety: 2 });
    expect(third.body.urge.followUps.map((f: { minutesAfter: number }) => f.minutesAfter)).toEqual([30, 120, 10]);
    expect(third.body.safety).toEqual({ crisis: false });
    expect((await me.request('GET', `/api/v1/urges/${u.id}`)).body.urge.followUps).toEqual(third.body.urge.followUps);
  });

  it('lists newest occurredAt first with follow-ups, pages with a cursor and filters by time', async () => {
    const person = await signup(h.app);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Logged in a different order than they happened: the list follows occurredAt.
      const day = String(10 + ((i * 3) % 7)).padStart(2, '0');
      const r = await person.request('POST', '/api/v1/urges', urge({ occurredAt: `2026-10-${day}T12:00:00Z` }));
      ids.push(r.body.urge.id);
      await person.request('POST', `/api/v1/urges/${r.body.urge.id}/follow-ups`, { minutesAfter: 30, anxiety: i % 11 });
    }
    const seen: Array<{ id: string; occurredAt: string; followUps: unknown[] }> = [];
    let cursor: string | null = null;
    do {
      const page: Page = await person.request('GET', `/api/v1/urges?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...(page.body.items as typeof seen));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((u) => u.occurredAt)).toEqual([16, 15, 14, 13, 12, 11, 10].map((d) => `2026-10-${d}T12:00:00.000Z`));
    expect(new Set(seen.map((u) => u.id))).toEqual(new Set(ids));
    for (const u of seen) expect(u.followUps).toHaveLength(1);

    const window = await person.request('GET', '/api/v1/urges?from=2026-10-12T12:00:00Z&to=2026-10-14T12:00:00Z');
    expect(window.body.items.map((u: { occurredAt: string }) => u.occurredAt)).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-12T12:00:00.000Z',
    ]);
    // Bounds with an offset mean the same moment; absurd bounds just mean "everything".
    const offset = await person.request('GET', '/api/v1/urges?from=2026-10-15T14:00:00%2B02:00&to=9999-12-31T23:59:59-12:00');
    expect(offset.body.items).toHaveLength(2);
  });

  it('pages correctly when urges share a moment', async () => {
    const person = await signup(h.app);
    for (let i = 0; i < 5; i++) await person.request('POST', '/api/v1/urges', urge());
    const first = await person.request('GET', '/api/v1/urges?limit=2');
    const second = await person.request('GET', `/api/v1/urges?limit=10&cursor=${first.body.nextCursor}`);
    const all = [...first.body.items, ...second.body.items].map((u: { id: string }) => u.id);
    expect(all).toHaveLength(5);
    expect(new Set(all).size).toBe(5);
  });

  it('suggests the person’s own past triggers, most used first', async () => {
    const person = await signup(h.app);
    await person.request('POST', '/api/v1/urges', urge({ triggers: ['No reply', 'evening'] }));
    await person.request('POST', '/api/v1/urges', urge({ triggers: ['no reply', 'work'] }));
    const u = (await person.request('POST', '/api/v1/urges', urge({ triggers: ['no reply', 'evening', 'alone'] }))).body.urge;
    await stranger.request('POST', '/api/v1/urges', urge({ triggers: ['stranger-only'] }));
    const r = await person.request('GET', '/api/v1/urges/triggers');
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([
      { tag: 'no reply', count: 3 },
      { tag: 'evening', count: 2 },
      { tag: 'alone', count: 1 },
      { tag: 'work', count: 1 },
    ]);
    await person.request('PATCH', `/api/v1/urges/${u.id}`, { triggers: ['work'] });
    expect((await person.request('GET', '/api/v1/urges/triggers')).body.items).toEqual([
      { tag: 'no reply', count: 2 },
      { tag: 'work', count: 2 },
      { tag: 'evening', count: 1 },
    ]);
    await person.request('DELETE', `/api/v1/urges/${u.id}`);
    expect((await person.request('GET', '/api/v1/urges/triggers')).body.items).toEqual([
      { tag: 'no reply', count: 2 },
      { tag: 'evening', count: 1 },
      { tag: 'work', count: 1 },
    ]);

    const many = await signup(h.app);
    for (let i = 0; i < 3; i++) {
      await many.request('POST', '/api/v1/urges', urge({ triggers: Array.from({ length: 20 }, (_, j) => `t${i * 20 + j}`) }));
    }
    expect((await many.request('GET', '/api/v1/urges/triggers')).body.items).toHaveLength(50);
  });

  it('never shows one person’s urge to another: same 404 as a missing id', async () => {
    const mine = (await me.request('POST', '/api/v1/urges', urge({ note: 'only mine' }))).body.urge;
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { note: 'taken over' }],
      ['DELETE', '', undefined],
      ['POST', '/follow-ups', { minutesAfter: 5, anxiety: 1 }],
    ] as const) {
      const foreign = await stranger.request(method, `/api/v1/urges/${mine.id}${suffix}`, body);
      const missing = await stranger.request(method, `/api/v1/urges/${MISSING}${suffix}`, body);
      expect(foreign.status, `${method} ${suffix}`).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    // A keyed follow-up on someone else's urge is refused too, and the key stays unused.
    const keyed = await stranger.request(
      'POST',
      `/api/v1/urges/${mine.id}/follow-ups`,
      { minutesAfter: 5, anxiety: 1 },
      { 'idempotency-key': 'fu-x' },
    );
    expect(keyed.status).toBe(404);
    const list = await stranger.request('GET', '/api/v1/urges?limit=100');
    expect(list.body.items.map((u: { id: string }) => u.id)).not.toContain(mine.id);
    const still = (await me.request('GET', `/api/v1/urges/${mine.id}`)).body.urge;
    expect(still).toMatchObject({ note: 'only mine', followUps: [] });
  });

  it('answers anonymous callers with 401 on every urge route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/urges'],
      ['POST', '/api/v1/urges'],
      ['GET', '/api/v1/urges/triggers'],
      ['GET', `/api/v1/urges/${MISSING}`],
      ['PATCH', `/api/v1/urges/${MISSING}`],
      ['DELETE', `/api/v1/urges/${MISSING}`],
      ['POST', `/api/v1/urges/${MISSING}/follow-ups`],
    ] as const) {
      const r = await h.app.inject({ method, url, payload: urge() });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each([
    [urge({ intensity: 11 }), 'intensity'],
    [urge({ intensity: 2.5 }), 'intensity'],
    [urge({ anxietyBefore: -1 }), 'anxietyBefore'],
    [urge({ action: 'shouted' }), 'action'],
    [urge({ occurredAt: 'yesterday' }), 'occurredAt'],
    [urge({ occurredAt: '2026-02-30T10:00:00Z' }), 'occurredAt'],
    [urge({ occurredAt: '0000-01-01T00:00:00Z' }), 'occurredAt'],
    [urge({ occurredAt: '9999-12-31T23:59:59-12:00' }), 'occurredAt'],
    [urge({ wantedTo: 'x'.repeat(2_001) }), 'wantedTo'],
    [urge({ note: 'x'.repeat(2_001) }), 'note'],
    [urge({ triggers: ['x'.repeat(41)] }), 'triggers.0'],
    [urge({ delayMinutes: 24 * 60 + 1 }), 'delayMinutes'],
    [urge({ secret: 1 }), 'secret'],
    [{ ...urge(), action: undefined }, 'action'],
  ])('rejects %j naming %s', async (body, field) => {
    const r = await me.request('POST', '/api/v1/urges', body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('rejects bad edits, follow-ups, ids and paging with 400 naming the field', async () => {
    const u = (await me.request('POST', '/api/v1/urges', urge())).body.urge;
    const field = async (method: string, url: string, body?: unknown) => {
      const r = await me.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(400);
      return r.body.errors[0].field;
    };
    expect(await field('PATCH', `/api/v1/urges/${u.id}`, { intensity: 12 })).toBe('intensity');
    expect(await field('PATCH', `/api/v1/urges/${u.id}`, { occurredAt: '1800-01-01T00:00:00Z' })).toBe('occurredAt');
    expect(await field('PATCH', `/api/v1/urges/${u.id}`, { followUps: [] })).toBe('followUps');
    expect(await field('POST', `/api/v1/urges/${u.id}/follow-ups`, { minutesAfter: -1, anxiety: 3 })).toBe('minutesAfter');
    expect(await field('POST', `/api/v1/urges/${u.id}/follow-ups`, { minutesAfter: 30, anxiety: 11 })).toBe('anxiety');
    expect(await field('GET', '/api/v1/urges/not-a-uuid')).toBe('id');
    expect(await field('GET', '/api/v1/urges?cursor=garbage')).toBe('cursor');
    expect(await field('GET', '/api/v1/urges?from=monday')).toBe('from');
    expect(await field('GET', '/api/v1/urges?limit=101')).toBe('limit');
    expect(await field('GET', '/api/v1/urges?tag=x')).toBe('tag');
    expect((await me.request('GET', `/api/v1/urges/${u.id}`)).body.urge).toEqual(u);
  });

  it('creates once per idempotency key, even when the retry races the first try', async () => {
    const person = await signup(h.app);
    const headers = { 'idempotency-key': 'urge-retry-1' };
    const a = await person.request('POST', '/api/v1/urges', urge(), headers);
    const b = await person.request('POST', '/api/v1/urges', urge(), headers);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);

    const race = await Promise.all([1, 2, 3].map(() => person.request('POST', '/api/v1/urges', urge(), { 'idempotency-key': 'race' })));
    expect(race.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(race.map((r) => r.body.urge.id)).size).toBe(1);
    expect((await person.request('GET', '/api/v1/urges?limit=100')).body.items).toHaveLength(2);

    // Follow-ups too: a retried rating is added once.
    const id = a.body.urge.id;
    const f1 = await person.request(
      'POST',
      `/api/v1/urges/${id}/follow-ups`,
      { minutesAfter: 30, anxiety: 3 },
      { 'idempotency-key': 'fu-1' },
    );
    const f2 = await person.request(
      'POST',
      `/api/v1/urges/${id}/follow-ups`,
      { minutesAfter: 30, anxiety: 3 },
      { 'idempotency-key': 'fu-1' },
    );
    expect(f2.status).toBe(201);
    expect(f2.body).toEqual(f1.body);
    const fuRace = await Promise.all(
      [1, 2, 3].map(() =>
        person.request('POST', `/api/v1/urges/${id}/follow-ups`, { minutesAfter: 120, anxiety: 2 }, { 'idempotency-key': 'fu-race' }),
      ),
    );
    expect(fuRace.map((r) => r.status)).toEqual([201, 201, 201]);
    expect((await person.request('GET', `/api/v1/urges/${id}`)).body.urge.followUps).toHaveLength(2);
    // A key already spent on another kind of request is refused rather than replayed as the wrong thing.
    expect((await person.request('POST', '/api/v1/urges', urge(), { 'idempotency-key': 'fu-1' })).status).toBe(422);
  });
});
