import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthResponse } from '../../src/contracts/account/auth.js';
import { dialects } from '../support/dialects.js';
import { harness, type Harness } from '../support/api.js';
import { linkedPair } from '../support/pair.js';

/** The first-run welcome's record on the profile: what brought the person here, and how the welcome ended. */
describe.each(dialects())('first-run welcome on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => {
    await h.close();
  });

  it('starts a new account with no focus and the welcome not yet seen', async () => {
    const { a } = await linkedPair(h);
    const me = await a.request('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(AuthResponse.parse(me.body).user).toMatchObject({ focus: [], welcome: null, welcomedAt: null });
  });

  it('keeps the chosen focus in the app’s order and stamps when the welcome ended', async () => {
    const { a } = await linkedPair(h);
    const chosen = await a.request('PATCH', '/api/v1/me', { focus: ['loneliness', 'reassurance'], welcome: 'completed' });
    expect(chosen.status).toBe(200);
    expect(AuthResponse.parse(chosen.body).user).toMatchObject({
      focus: ['reassurance', 'loneliness'],
      welcome: 'completed',
      welcomedAt: h.clock.now.toISOString(),
    });

    // Changing only the name leaves the welcome's record as it was.
    h.clock.advance(60_000);
    const renamed = await a.request('PATCH', '/api/v1/me', { displayName: 'Robin' });
    expect(renamed.body.user).toMatchObject({ displayName: 'Robin', focus: ['reassurance', 'loneliness'], welcome: 'completed' });

    // Seen again from settings and skipped this time: a new stamp, focus emptied when chosen so.
    const skipped = await a.request('PATCH', '/api/v1/me', { focus: [], welcome: 'skipped' });
    expect(skipped.body.user).toMatchObject({ focus: [], welcome: 'skipped', welcomedAt: h.clock.now.toISOString() });
    expect((await a.request('GET', '/api/v1/me')).body.user).toMatchObject({ focus: [], welcome: 'skipped' });
  });

  it('answers 401 to someone signed out, for reading and for changing', async () => {
    for (const method of ['GET', 'PATCH'] as const) {
      const r = await h.app.inject({ method, url: '/api/v1/me', ...(method === 'PATCH' && { payload: { focus: ['cycle'] } }) });
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 400 naming the field for an unknown focus, a repeat, or an unknown outcome', async () => {
    const { a } = await linkedPair(h);
    const unknown = await a.request('PATCH', '/api/v1/me', { focus: ['diagnosis'] });
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body.errors[0].field).toMatch(/^focus/);
    const twice = await a.request('PATCH', '/api/v1/me', { focus: ['cycle', 'cycle'] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].field).toMatch(/^focus/);
    const notAList = await a.request('PATCH', '/api/v1/me', { focus: 'cycle' });
    expect(notAList.body.errors[0].field).toBe('focus');
    const outcome = await a.request('PATCH', '/api/v1/me', { welcome: 'later' });
    expect(outcome.status).toBe(400);
    expect(outcome.body.errors[0].field).toBe('welcome');
    const stamp = await a.request('PATCH', '/api/v1/me', { welcomedAt: '2026-01-01T00:00:00Z' });
    expect(stamp.status).toBe(400);
    expect(stamp.body.errors[0].field).toBe('welcomedAt');
    // Nothing of a refused change was kept.
    expect((await a.request('GET', '/api/v1/me')).body.user).toMatchObject({ focus: [], welcome: null, welcomedAt: null });
  });

  it('keeps the focus from the partner: not in what the pair shows, and not changeable by them', async () => {
    const { a, b } = await linkedPair(h);
    await a.request('PATCH', '/api/v1/me', { focus: ['cycle'], welcome: 'completed' });

    const pair = await b.request('GET', '/api/v1/pair');
    expect(pair.status).toBe(200);
    const shown = JSON.stringify(pair.body);
    expect(shown).not.toContain('focus');
    expect(shown).not.toContain('welcome');

    // The partner's own change touches only their own profile.
    await b.request('PATCH', '/api/v1/me', { focus: ['loneliness'], welcome: 'skipped' });
    expect((await a.request('GET', '/api/v1/me')).body.user).toMatchObject({ focus: ['cycle'], welcome: 'completed' });
    expect((await b.request('GET', '/api/v1/me')).body.user).toMatchObject({ focus: ['loneliness'], welcome: 'skipped' });
    // There is no path to someone else's profile at all.
    expect((await b.request('PATCH', `/api/v1/users/${a.user.id}`, { focus: [] })).status).toBe(404);
    expect((await b.request('GET', `/api/v1/users/${a.user.id}`)).status).toBe(404);
  });
});
