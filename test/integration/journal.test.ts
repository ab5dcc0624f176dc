import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(dialects())('journal on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('keeps a mood on its own, without words, and refuses an entry with neither', async () => {
    const created = await me.request('POST', '/api/v1/journal', { mood: 3 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.entry).toMatchObject({ text: '', mood: 3, tags: [] });
    const read = await me.request('GET', `/api/v1/journal/${created.body.entry.id}`);
    expect(read.body.entry).toMatchObject({ text: '', mood: 3 });

    const empty = await me.request('POST', '/api/v1/journal', { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toContain('text');
    expect((await me.request('POST', '/api/v1/journal', {})).status).toBe(400);
    expect((await stranger.request('GET', `/api/v1/journal/${created.body.entry.id}`)).status).toBe(404);
    await me.request('DELETE', `/api/v1/journal/${created.body.entry.id}`);
  });

  it('writes, reads, edits and deletes an entry', async () => {
    const created = await me.request('POST', '/api/v1/journal', {
      text: 'Walked by the river.',
      mood: 6,
      tags: ['Calm', 'calm', ' walk '],
      prompt: 'steady',
    });
    expect(created.status).toBe(201);
    const { entry, safety } = created.body;
    expect(safety).toEqual({ crisis: false });
    expect(entry).toMatchObject({ text: 'Walked by the river.', mood: 6, tags: ['calm', 'walk'], prompt: 'steady' });
    expect(entry.createdAt).toBe(entry.updatedAt);

    const got = await me.request('GET', `/api/v1/journal/${entry.id}`);
    expect(got.body.entry).toEqual(entry);

    h.clock.advance(1000);
    const edited = await me.request('PATCH', `/api/v1/journal/${entry.id}`, {
      text: 'Walked by the river with Jo.',
      tags: ['walk'],
      mood: null,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.entry).toMatchObject({ text: 'Walked by the river with Jo.', tags: ['walk'], mood: null, prompt: 'steady' });
    expect(edited.body.entry.updatedAt > entry.updatedAt).toBe(true);

    expect((await me.request('DELETE', `/api/v1/journal/${entry.id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/journal/${entry.id}`)).status).toBe(404);
  });

  it('flags crisis language but keeps every word', async () => {
    const text = 'Honestly I dont want to wake up anymore.';
    const r = await me.request('POST', '/api/v1/journal', { text });
    expect(r.body.safety.crisis).toBe(true);
    expect(r.body.entry.text).toBe(text);
    expect((await me.request('GET', `/api/v1/journal/${r.body.entry.id}`)).body.entry.text).toBe(text);
  });

  it('lists newest first, pages with a cursor, and filters by tag', async () => {
    const person = await signup(h.app);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      h.clock.advance(60_000);
      const r = await person.request('POST', '/api/v1/journal', { text: `entry ${i}`, tags: i % 2 ? ['odd'] : ['even'] });
      ids.push(r.body.entry.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Array<{ id: string }>; nextCursor: string | null } } = await person.request(
        'GET',
        `/api/v1/journal?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const odd = await person.request('GET', '/api/v1/journal?tag=ODD');
    expect(odd.body.items.map((e: { text: string }) => e.text)).toEqual(['entry 5', 'entry 3', 'entry 1']);
    expect(odd.body.nextCursor).toBeNull();
  });

  it('pages correctly when entries share a timestamp', async () => {
    const person = await signup(h.app);
    for (let i = 0; i < 5; i++) await person.request('POST', '/api/v1/journal', { text: `same moment ${i}` });
    const first = await person.request('GET', '/api/v1/journal?limit=2');
    const second = await person.request('GET', `/api/v1/journal?limit=10&cursor=${first.body.nextCursor}`);
    const all = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
    expect(new Set(all).size).toBe(5);
  });

  it('never shows one person’s entry to another: same 404 as a missing id', async () => {
    const mine = (await me.request('POST', '/api/v1/journal', { text: 'only mine' })).body.entry;
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { text: 'taken over' }],
      ['DELETE', undefined],
    ] as const) {
      const foreign = await stranger.request(method, `/api/v1/journal/${mine.id}`, body);
      const missing = await stranger.request(method, `/api/v1/journal/${MISSING}`, body);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    const list = await stranger.request('GET', '/api/v1/journal');
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(mine.id);
    expect((await me.request('GET', `/api/v1/journal/${mine.id}`)).body.entry.text).toBe('only mine');
  });

  it('answers anonymous callers with 401 on every journal route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/journal'],
      ['POST', '/api/v1/journal'],
      ['GET', `/api/v1/journal/${MISSING}`],
      ['PATCH', `/api/v1/journal/${MISSING}`],
      ['DELETE', `/api/v1/journal/${MISSING}`],
    ] as const) {
      const r = await h.app.inject({ method, url, payload: { text: 'x' } });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each([
    [{ text: 'x'.repeat(20_001) }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'ok', mood: 11 }, 'mood'],
    [{ text: 'ok', mood: 'happy' }, 'mood'],
    [{ text: 'ok', tags: 'calm' }, 'tags'],
    [{ text: 'ok', tags: ['x'.repeat(41)] }, 'tags.0'],
    [{ text: 'ok', prompt: 'made-up' }, 'prompt'],
    [{ text: 'ok', secret: 1 }, 'secret'],
    [{}, 'text'],
  ])('rejects %j naming %s', async (body, field) => {
    const r = await me.request('POST', '/api/v1/journal', body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body).toMatchObject({ status: 400, title: expect.any(String) });
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses U+0000 anywhere, which PostgreSQL cannot store, naming the field', async () => {
    expect((await me.request('POST', '/api/v1/journal', { text: 'a\u0000b' })).body.errors[0]).toMatchObject({ field: 'text', in: 'body' });
    expect((await me.request('POST', '/api/v1/journal', { text: 'ok', tags: ['x', 'y\u0000'] })).body.errors[0].field).toBe('tags.1');
    const q = await me.request('GET', '/api/v1/journal?tag=%00');
    expect(q.status).toBe(400);
    expect(q.body.errors[0]).toMatchObject({ field: 'tag', in: 'query' });
  });

  it('rejects malformed JSON, bad ids, bad paging and bad tags with 400', async () => {
    const raw = await h.app.inject({
      method: 'POST',
      url: '/api/v1/journal',
      headers: { cookie: me.cookie, 'x-csrf-token': me.csrf, 'content-type': 'application/json' },
      payload: '{"text": "unterminated',
    });
    expect(raw.statusCode).toBe(400);
    expect(raw.json().errors[0].field).toBe('body');
    expect((await me.request('GET', '/api/v1/journal/not-a-uuid')).body.errors[0].field).toBe('id');
    expect((await me.request('GET', '/api/v1/journal?limit=0')).body.errors[0].field).toBe('limit');
    expect((await me.request('GET', '/api/v1/journal?cursor=garbage')).body.errors[0].field).toBe('cursor');
    expect((await me.request('GET', '/api/v1/journal?extra=1')).body.errors[0].field).toBe('extra');
    expect((await me.request('PATCH', `/api/v1/journal/${MISSING}`, { mood: -1 })).body.errors[0].field).toBe('mood');
  });

  it('creates once per idempotency key, even when the retry races the first try', async () => {
    const person = await signup(h.app);
    const headers = { 'idempotency-key': 'offline-retry-1' };
    const a = await person.request('POST', '/api/v1/journal', { text: 'sent twice' }, headers);
    const b = await person.request('POST', '/api/v1/journal', { text: 'sent twice' }, headers);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.entry.id).toBe(a.body.entry.id);

    const race = await Promise.all(
      [1, 2, 3].map(() => person.request('POST', '/api/v1/journal', { text: 'raced' }, { 'idempotency-key': 'race' })),
    );
    expect(race.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(race.map((r) => r.body.entry.id)).size).toBe(1);

    // Keys belong to their owner: someone else using the same key creates their own entry.
    const other = await stranger.request('POST', '/api/v1/journal', { text: 'mine' }, headers);
    expect(other.body.entry.id).not.toBe(a.body.entry.id);

    const list = await person.request('GET', '/api/v1/journal?limit=100');
    expect(list.body.items).toHaveLength(2);
    expect((await person.request('POST', '/api/v1/journal', { text: 'x' }, { 'idempotency-key': '' })).body.errors[0].field).toBe(
      'idempotency-key',
    );
  });
});
