import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const CRISIS = 'Honestly I dont want to wake up anymore.';

const record = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-20T21:00:00.000Z',
  situation: 'Message read, no reply for three hours',
  automaticThought: 'They are losing interest in me',
  emotion: 'Fear',
  emotionIntensity: 8,
  ...over,
});

describe.each(dialects())('thought records on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('writes a short record, completes it later, reads and deletes it', async () => {
    const created = await me.request('POST', '/api/v1/thought-records', record());
    expect(created.status).toBe(201);
    const t = created.body.thoughtRecord;
    expect(created.body.safety).toEqual({ crisis: false });
    expect(t).toEqual({
      id: expect.any(String),
      ...record(),
      distortions: [],
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: '',
      emotionIntensityAfter: null,
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    expect((await me.request('GET', `/api/v1/thought-records/${t.id}`)).body.thoughtRecord).toEqual(t);

    h.clock.advance(60_000);
    const done = await me.request('PATCH', `/api/v1/thought-records/${t.id}`, {
      distortions: ['mind_reading', 'fortune_telling', 'mind_reading'],
      evidenceFor: 'Slower replies this week',
      evidenceAgainst: 'They said they have a deadline; we made weekend plans',
      balancedThought: 'They are busy; the plans still stand',
      emotionIntensityAfter: 4,
    });
    expect(done.status).toBe(200);
    expect(done.body.thoughtRecord).toMatchObject({
      situation: t.situation,
      distortions: ['mind_reading', 'fortune_telling'],
      emotionIntensity: 8,
      emotionIntensityAfter: 4,
      updatedAt: '2026-11-21T10:01:00.000Z',
    });
    expect((await me.request('GET', `/api/v1/thought-records/${t.id}`)).body.thoughtRecord).toEqual(done.body.thoughtRecord);

    expect((await me.request('DELETE', `/api/v1/thought-records/${t.id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/thought-records/${t.id}`)).status).toBe(404);
  });

  it.each(['situation', 'automaticThought', 'emotion', 'evidenceFor', 'evidenceAgainst', 'balancedThought'])(
    'flags crisis language in %s and keeps every word',
    async (field) => {
      const r = await me.request('POST', '/api/v1/thought-records', record({ [field]: CRISIS }));
      expect(r.status).toBe(201);
      expect(r.body.safety.crisis).toBe(true);
      expect(r.body.thoughtRecord[field]).toBe(CRISIS);
      const again = await me.request('GET', `/api/v1/thought-records/${r.body.thoughtRecord.id}`);
      expect(again.body).toMatchObject({ thoughtRecord: { [field]: CRISIS }, safety: { crisis: true } });
    },
  );

  it('flags crisis language added by an edit', async () => {
    const t = (await me.request('POST', '/api/v1/thought-records', record())).body.thoughtRecord;
    const r = await me.request('PATCH', `/api/v1/thought-records/${t.id}`, { balancedThought: CRISIS });
    expect(r.body.safety.crisis).toBe(true);
    expect(r.body.thoughtRecord.balancedThought).toBe(CRISIS);
  });

  it('lists newest occurredAt first, pages with a cursor and filters by time', async () => {
    const person = await signup(h.app);
    for (const day of [3, 1, 5, 2, 4])
      await person.request('POST', '/api/v1/thought-records', record({ occurredAt: `2026-09-0${day}T20:00:00Z` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ occurredAt: string }>; nextCursor: string | null } } = await person.request(
        'GET',
        `/api/v1/thought-records?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((t) => t.occurredAt));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([5, 4, 3, 2, 1].map((d) => `2026-09-0${d}T20:00:00.000Z`));
    const window = await person.request('GET', '/api/v1/thought-records?from=2026-09-02T00:00:00Z&to=2026-09-04T00:00:00Z');
    expect(window.body.items.map((t: { occurredAt: string }) => t.occurredAt)).toEqual([
      '2026-09-03T20:00:00.000Z',
      '2026-09-02T20:00:00.000Z',
    ]);
  });

  it('never shows one person’s record to another: same 404 as a missing id', async () => {
    const mine = (await me.request('POST', '/api/v1/thought-records', record({ situation: 'only mine' }))).body.thoughtRecord;
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { situation: 'taken over' }],
      ['DELETE', undefined],
    ] as const) {
      const foreign = await stranger.request(method, `/api/v1/thought-records/${mine.id}`, body);
      const missing = await stranger.request(method, `/api/v1/thought-records/${MISSING}`, body);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    const list = await stranger.request('GET', '/api/v1/thought-records?limit=100');
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(mine.id);
    expect((await me.request('GET', `/api/v1/thought-records/${mine.id}`)).body.thoughtRecord.situation).toBe('only mine');
  });

  it('answers anonymous callers with 401 on every thought-record route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/thought-records'],
      ['POST', '/api/v1/thought-records'],
      ['GET', `/api/v1/thought-records/${MISSING}`],
      ['PATCH', `/api/v1/thought-records/${MISSING}`],
      ['DELETE', `/api/v1/thought-records/${MISSING}`],
    ] as const) {
      const r = await h.app.inject({ method, url, payload: record() });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each([
    [record({ situation: '   ' }), 'situation'],
    [record({ automaticThought: '' }), 'automaticThought'],
    [record({ situation: 'x'.repeat(5_001) }), 'situation'],
    [record({ emotion: '' }), 'emotion'],
    [record({ emotion: 'x'.repeat(81) }), 'emotion'],
    [record({ emotionIntensity: 11 }), 'emotionIntensity'],
    [record({ emotionIntensityAfter: -1 }), 'emotionIntensityAfter'],
    [record({ distortions: ['gaslighting'] }), 'distortions.0'],
    [record({ distortions: 'mind_reading' }), 'distortions'],
    [record({ occurredAt: '2026-11-20' }), 'occurredAt'],
    [record({ occurredAt: '1492-10-12T12:00:00Z' }), 'occurredAt'],
    [record({ evidenceFor: 'x'.repeat(5_001) }), 'evidenceFor'],
    [record({ mood: 3 }), 'mood'],
  ])('rejects %j naming %s', async (body, field) => {
    const r = await me.request('POST', '/api/v1/thought-records', body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('rejects edits that would blank what a record needs, bad ids and bad paging', async () => {
    const t = (await me.request('POST', '/api/v1/thought-records', record())).body.thoughtRecord;
    for (const [body, field] of [
      [{ situation: ' ' }, 'situation'],
      [{ automaticThought: '' }, 'automaticThought'],
      [{ distortions: ['nope'] }, 'distortions.0'],
      [{ emotionIntensity: null }, 'emotionIntensity'],
      [{ id: t.id }, 'id'],
    ] as const) {
      const r = await me.request('PATCH', `/api/v1/thought-records/${t.id}`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].field).toBe(field);
    }
    expect((await me.request('GET', `/api/v1/thought-records/${t.id}`)).body.thoughtRecord).toEqual(t);
    expect((await me.request('GET', '/api/v1/thought-records/123')).body.errors[0].field).toBe('id');
    expect((await me.request('GET', '/api/v1/thought-records?cursor=garbage')).body.errors[0].field).toBe('cursor');
  });

  it('creates once per idempotency key, even when the retry races the first try', async () => {
    const person = await signup(h.app);
    const a = await person.request('POST', '/api/v1/thought-records', record(), { 'idempotency-key': 'tr-1' });
    const b = await person.request('POST', '/api/v1/thought-records', record(), { 'idempotency-key': 'tr-1' });
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    const race = await Promise.all(
      [1, 2, 3].map(() => person.request('POST', '/api/v1/thought-records', record(), { 'idempotency-key': 'tr-race' })),
    );
    expect(race.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(race.map((r) => r.body.thoughtRecord.id)).size).toBe(1);
    expect((await person.request('GET', '/api/v1/thought-records')).body.items).toHaveLength(2);
  });
});
