import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

describe.each(dialects())('pair linking on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('links two people with a code read aloud, and both see who they are linked with', async () => {
    const a = await signup(h.app, { displayName: 'Alex', timeZone: 'America/New_York' });
    const b = await signup(h.app, { displayName: 'Billie' });
    expect((await a.request('GET', '/api/v1/pair')).body).toEqual({ pair: null, ended: null });
    const invite = await a.request('POST', '/api/v1/pair/invitations');
    expect(invite.status).toBe(201);
    expect(invite.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(Date.parse(invite.body.expiresAt) - h.clock.now.getTime()).toBe(24 * 3_600_000);
    // Typed loosely: lower case, spaces instead of the dash.
    const joined = await b.request('POST', '/api/v1/pair/join', { code: ` ${invite.body.code.toLowerCase().replace('-', ' ')} ` });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(joined.body.pair.partner).toEqual({ id: a.user.id, displayName: 'Alex' });
    expect(joined.body.pair.timeZone).toBe('America/New_York');
    const seen = (await a.request('GET', '/api/v1/pair')).body.pair;
    expect(seen).toMatchObject({ id: joined.body.pair.id, partner: { id: b.user.id, displayName: 'Billie' } });
  });

  it('links from a whole pasted message, and names the field kindly when the message holds no code', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    const invite = await a.request('POST', '/api/v1/pair/invitations');
    const message = `Here’s my code: ${invite.body.code}, see you later! I’ve been meaning to send this all afternoon, sorry.`;
    const none = await b.request('POST', '/api/v1/pair/join', { code: 'Here’s my code, see you later! I’ve been meaning to send this.' });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'code', message: expect.stringContaining('doesn’t look like a link code') });
    const tooLong = await b.request('POST', '/api/v1/pair/join', { code: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].message).not.toMatch(/Too big|expected/);
    const joined = await b.request('POST', '/api/v1/pair/join', { code: message });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  });

  it('refuses a code that is used, expired, someone’s own, or malformed, and pauses after many wrong ones', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    const c = await signup(h.app);
    const own = await a.request('POST', '/api/v1/pair/invitations');
    expect((await a.request('POST', '/api/v1/pair/join', { code: own.body.code })).status).toBe(404);
    expect((await b.request('POST', '/api/v1/pair/join', { code: own.body.code })).status).toBe(201);
    // Used: a third person cannot reuse it, and a linked person cannot invite.
    expect((await c.request('POST', '/api/v1/pair/join', { code: own.body.code })).status).toBe(404);
    expect((await a.request('POST', '/api/v1/pair/invitations')).status).toBe(409);

    const d = await signup(h.app);
    const late = await d.request('POST', '/api/v1/pair/invitations');
    h.clock.advance(24 * 3_600_000 + 1);
    expect((await c.request('POST', '/api/v1/pair/join', { code: late.body.code })).status).toBe(404);
    // A newer code replaces an older one.
    const first = await d.request('POST', '/api/v1/pair/invitations');
    const second = await d.request('POST', '/api/v1/pair/invitations');
    expect((await c.request('POST', '/api/v1/pair/join', { code: first.body.code })).status).toBe(404);

    const bad = await c.request('POST', '/api/v1/pair/join', { code: 'hello?' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('code');
    const guesser = await signup(h.app);
    let last = 0;
    for (let i = 0; i < 11; i++) last = (await guesser.request('POST', '/api/v1/pair/join', { code: 'ZZZZ-ZZZZ' })).status;
    expect(last).toBe(429);
    expect((await c.request('POST', '/api/v1/pair/join', { code: second.body.code })).status).toBe(201);
  });

  it('links exactly one pair when two people race with the same code', async () => {
    const host = await signup(h.app);
    const x = await signup(h.app);
    const y = await signup(h.app);
    const { code } = (await host.request('POST', '/api/v1/pair/invitations')).body;
    const results = await Promise.all([x, y].map((p) => p.request('POST', '/api/v1/pair/join', { code })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 404]);
    const linked = await Promise.all([x, y].map(async (p) => (await p.request('GET', '/api/v1/pair')).body.pair));
    expect(linked.filter(Boolean)).toHaveLength(1);
  });

  it('never gives one person two active pairs, even when two of their invitations are taken at once', async () => {
    const popular = await signup(h.app);
    const others = await Promise.all([signup(h.app), signup(h.app)]);
    // Each of the others invites `popular`; both invitations are then accepted at the same moment.
    const codes = await Promise.all(others.map(async (o) => (await o.request('POST', '/api/v1/pair/invitations')).body.code as string));
    const results = await Promise.all(codes.map((code) => popular.request('POST', '/api/v1/pair/join', { code })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const active = await h.database.db
      .selectFrom('pair_members')
      .select('pair_id')
      .where('user_id', '=', popular.user.id)
      .where('left_at', 'is', null)
      .execute();
    expect(active).toHaveLength(1);
  });

  it('unlinks at once after the password, for both; each keeps the pair in their export', async () => {
    const { a, b } = await linkedPair(h);
    const wrong = await b.request('DELETE', '/api/v1/pair', { password: 'not the password at all' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('password');
    expect((await a.request('GET', '/api/v1/pair')).body.pair).not.toBeNull();
    expect((await b.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    // The one who stayed is told; the one who unlinked already knows.
    expect((await a.request('GET', '/api/v1/pair')).body).toEqual({
      pair: null,
      ended: { reason: 'partner-unlinked', endedAt: h.clock.now.toISOString() },
    });
    expect((await b.request('GET', '/api/v1/pair')).body).toEqual({ pair: null, ended: null });
    expect((await a.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(404);
    const exported = (await a.request('GET', '/api/v1/me/export')).body;
    expect(exported.pairs).toHaveLength(1);
    expect(exported.pairs[0]).toMatchObject({ partnerDisplayName: 'Sam', endedAt: h.clock.now.toISOString() });
    // Free to link again.
    expect((await a.request('POST', '/api/v1/pair/invitations')).status).toBe(201);
  });

  it('answers 401 to anonymous callers and 400 naming the field on bad input', async () => {
    for (const [method, url] of [
      ['POST', '/api/v1/pair/invitations'],
      ['POST', '/api/v1/pair/join'],
      ['GET', '/api/v1/pair'],
      ['DELETE', '/api/v1/pair'],
    ] as const) {
      expect((await h.app.inject({ method, url, payload: method === 'GET' ? undefined : {} })).statusCode, `${method} ${url}`).toBe(401);
    }
    const me = await signup(h.app);
    const extra = await me.request('POST', '/api/v1/pair/join', { code: 'K7QM-4XRT', also: 1 });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body.errors)).toContain('also');
    const noPassword = await me.request('DELETE', '/api/v1/pair', {});
    expect(noPassword.status).toBe(400);
  });
});
