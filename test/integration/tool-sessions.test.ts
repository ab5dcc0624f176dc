import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

const session = (over: Record<string, unknown> = {}) => ({
  tool: 'breathing',
  variant: 'box',
  startedAt: '2026-11-20T18:05:00.000Z',
  durationSeconds: 240,
  distressBefore: 7,
  distressAfter: 4,
  ...over,
});

const urge = {
  occurredAt: '2026-11-20T18:00:00.000Z',
  intensity: 7,
  anxietyBefore: 6,
  triggers: ['no reply'],
  action: 'soothed',
};

describe.each(dialects())('tool sessions on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('records, reads and deletes a session', async () => {
    const created = await me.request('POST', '/api/v1/tool-sessions', session({ variant: '  4-7-8 ' }));
    expect(created.status).toBe(201);
    const s = created.body.toolSession;
    expect(s).toEqual({
      id: expect.any(String),
      tool: 'breathing',
      variant: '4-7-8',
      startedAt: '2026-11-20T18:05:00.000Z',
      durationSeconds: 240,
      distressBefore: 7,
      distressAfter: 4,
      urgeId: null,
      createdAt: '2026-11-21T10:00:00.000Z',
    });
    expect((await me.request('GET', `/api/v1/tool-sessions/${s.id}`)).body).toEqual({ toolSession: s });
    const plain = await me.request('POST', '/api/v1/tool-sessions', session({ tool: 'grounding', variant: undefined }));
    expect(plain.body.toolSession).toMatchObject({ tool: 'grounding', variant: null });

    expect((await me.request('DELETE', `/api/v1/tool-sessions/${s.id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/tool-sessions/${s.id}`)).status).toBe(404);
  });

  it('links a session to the person’s own urge, and keeps it unlinked when the urge is deleted', async () => {
    const u = (await me.request('POST', '/api/v1/urges', urge)).body.urge;
    const linked = await me.request('POST', '/api/v1/tool-sessions', session({ urgeId: u.id }));
    expect(linked.status).toBe(201);
    expect(linked.body.toolSession.urgeId).toBe(u.id);

    expect((await me.request('DELETE', `/api/v1/urges/${u.id}`)).status).toBe(204);
    const kept = await me.request('GET', `/api/v1/tool-sessions/${linked.body.toolSession.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.toolSession).toEqual({ ...linked.body.toolSession, urgeId: null });
  });

  it('never links to someone else’s urge: same 404 as a missing urge, and nothing is written', async () => {
    const theirs = (await stranger.request('POST', '/api/v1/urges', urge)).body.urge;
    const person = await signup(h.app);
    const foreign = await person.request('POST', '/api/v1/tool-sessions', session({ urgeId: theirs.id }));
    const missing = await person.request('POST', '/api/v1/tool-sessions', session({ urgeId: MISSING }));
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    const keyed = await person.request('POST', '/api/v1/tool-sessions', session({ urgeId: theirs.id }), { 'idempotency-key': 'link-x' });
    expect(keyed.status).toBe(404);
    expect((await person.request('GET', '/api/v1/tool-sessions')).body.items).toEqual([]);
    // The key was not spent on the refused request.
    expect((await person.request('POST', '/api/v1/tool-sessions', session(), { 'idempotency-key': 'link-x' })).status).toBe(201);
  });

  it('never shows one person’s session to another: same 404 as a missing id', async () => {
    const mine = (await me.request('POST', '/api/v1/tool-sessions', session())).body.toolSession;
    for (const method of ['GET', 'DELETE'] as const) {
      const foreign = await stranger.request(method, `/api/v1/tool-sessions/${mine.id}`);
      const missing = await stranger.request(method, `/api/v1/tool-sessions/${MISSING}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    const list = await stranger.request('GET', '/api/v1/tool-sessions?limit=100');
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(mine.id);
    expect((await me.request('GET', `/api/v1/tool-sessions/${mine.id}`)).status).toBe(200);
  });

  it('lists newest startedAt first, pages with a cursor and filters by time', async () => {
    const person = await signup(h.app);
    for (const day of [12, 10, 15, 11, 14, 13, 16]) {
      await person.request('POST', '/api/v1/tool-sessions', session({ startedAt: `2026-10-${day}T08:00:00Z` }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ startedAt: string }>; nextCursor: string | null } } = await person.request(
        'GET',
        `/api/v1/tool-sessions?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((s) => s.startedAt));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([16, 15, 14, 13, 12, 11, 10].map((d) => `2026-10-${d}T08:00:00.000Z`));
    const window = await person.request('GET', '/api/v1/tool-sessions?from=2026-10-11T08:00:00Z&to=2026-10-13T08:00:00Z');
    expect(window.body.items.map((s: { startedAt: string }) => s.startedAt)).toEqual([
      '2026-10-12T08:00:00.000Z',
      '2026-10-11T08:00:00.000Z',
    ]);
  });

  it('answers anonymous callers with 401 on every tool-session route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/tool-sessions'],
      ['POST', '/api/v1/tool-sessions'],
      ['GET', `/api/v1/tool-sessions/${MISSING}`],
      ['DELETE', `/api/v1/tool-sessions/${MISSING}`],
    ] as const) {
      const r = await h.app.inject({ method, url, payload: session() });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each([
    [session({ tool: 'hypnosis' }), 'tool'],
    [session({ variant: '' }), 'variant'],
    [session({ variant: 'x'.repeat(41) }), 'variant'],
    [session({ startedAt: 'now' }), 'startedAt'],
    [session({ startedAt: '1066-10-14T09:00:00Z' }), 'startedAt'],
    [session({ durationSeconds: -1 }), 'durationSeconds'],
    [session({ durationSeconds: 86_401 }), 'durationSeconds'],
    [session({ distressBefore: 11 }), 'distressBefore'],
    [session({ distressAfter: null }), 'distressAfter'],
    [session({ urgeId: 'not-a-uuid' }), 'urgeId'],
    [session({ extra: true }), 'extra'],
  ])('rejects %j naming %s', async (body, field) => {
    const r = await me.request('POST', '/api/v1/tool-sessions', body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('rejects bad ids and paging with 400 naming the field', async () => {
    expect((await me.request('GET', '/api/v1/tool-sessions/nope')).body.errors[0].field).toBe('id');
    expect((await me.request('GET', '/api/v1/tool-sessions?cursor=garbage')).body.errors[0].field).toBe('cursor');
    expect((await me.request('GET', '/api/v1/tool-sessions?to=soon')).body.errors[0].field).toBe('to');
  });

  it('creates once per idempotency key, even when the retry races the first try', async () => {
    const person = await signup(h.app);
    const a = await person.request('POST', '/api/v1/tool-sessions', session(), { 'idempotency-key': 'ts-1' });
    const b = await person.request('POST', '/api/v1/tool-sessions', session(), { 'idempotency-key': 'ts-1' });
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    const race = await Promise.all(
      [1, 2, 3].map(() => person.request('POST', '/api/v1/tool-sessions', session(), { 'idempotency-key': 'ts-race' })),
    );
    expect(race.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(race.map((r) => r.body.toolSession.id)).size).toBe(1);
    expect((await person.request('GET', '/api/v1/tool-sessions')).body.items).toHaveLength(2);
  });
});
