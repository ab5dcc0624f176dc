import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LOCK_SESSION_ENDED, APP_LOCKED, AppLockState } from '../../src/contracts/account/app-lock.js';
import { AuthResponse, SessionState } from '../../src/contracts/account/auth.js';
import { UNLOCK_FAILURE_LIMIT } from '../../src/core/account/app-lock.js';
import { harness, PASSWORD, signup, clientFrom, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

const PIN = '2468';
const MINUTE = 60_000;

describe.each(dialects())('app lock on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  async function withLock(idleMinutes = 5): Promise<Client> {
    const me = await signup(h.app);
    const set = await me.request('PUT', '/api/v1/app-lock', { pin: PIN, idleMinutes });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(AppLockState.parse(set.body)).toEqual({ enabled: true, idleMinutes });
    return me;
  }

  it('is off until set, and never answers the PIN or its hash', async () => {
    const me = await signup(h.app);
    expect((await me.request('GET', '/api/v1/app-lock')).body).toEqual({ enabled: false, idleMinutes: null });
    const set = await me.request('PUT', '/api/v1/app-lock', { pin: PIN, idleMinutes: 15 });
    expect(JSON.stringify(set.body)).not.toContain(PIN);
    const read = await me.request('GET', '/api/v1/app-lock');
    expect(AppLockState.parse(read.body)).toEqual({ enabled: true, idleMinutes: 15 });
    expect(JSON.stringify(read.body)).not.toMatch(/argon|2468/);
    expect(h.logs.join('\n')).not.toContain(PIN);
  });

  it('refuses a PIN that is too short or too long, and an idle time it does not offer, naming the field', async () => {
    const me = await signup(h.app);
    for (const [body, field] of [
      [{ pin: '123', idleMinutes: 5 }, 'pin'],
      [{ pin: '123456789', idleMinutes: 5 }, 'pin'],
      [{ pin: 'short', idleMinutes: 5 }, 'pin'],
      [{ pin: PIN, idleMinutes: 7 }, 'idleMinutes'],
      [{ pin: PIN, idleMinutes: 5, extra: 1 }, ''],
    ] as const) {
      const res = await me.request('PUT', '/api/v1/app-lock', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A passphrase is fine too.
    expect((await me.request('PUT', '/api/v1/app-lock', { pin: 'blue kettle', idleMinutes: 1 })).status).toBe(200);
  });

  it('locks on lockApp: every private route answers 423 with its own type; the session check names nobody; SOS lines still answer', async () => {
    const me = await withLock();
    await me.request('POST', '/api/v1/journal', { text: 'a private line' });
    expect((await me.request('POST', '/api/v1/app-lock/lock')).status).toBe(204);

    for (const [method, url] of [
      ['GET', '/api/v1/journal'],
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/me/export'],
      ['GET', '/api/v1/safety-plan'],
      ['GET', '/api/v1/app-lock'],
      ['DELETE', '/api/v1/app-lock'],
      ['POST', '/api/v1/journal'],
      ['GET', '/api/v1/sessions'],
    ] as const) {
      const res = await me.request(method, url, method === 'POST' ? { text: 'x' } : undefined);
      expect(res.status, `${method} ${url}`).toBe(423);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.type).toBe(APP_LOCKED);
      expect(JSON.stringify(res.body)).not.toContain('private line');
    }
    const session = await me.request('GET', '/api/v1/session');
    expect(SessionState.parse(session.body)).toEqual({ user: null, csrfToken: me.csrf, locked: true });
    expect(JSON.stringify(session.body)).not.toContain(me.user.email);
    expect((await me.request('GET', '/api/v1/crisis-resources')).status).toBe(200);
  });

  it('opens again with the right PIN, answering who is signed in', async () => {
    const me = await withLock();
    await me.request('POST', '/api/v1/app-lock/lock');
    const wrong = await me.request('POST', '/api/v1/app-lock/unlock', { pin: '1111' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('pin');
    const ok = await me.request('POST', '/api/v1/app-lock/unlock', { pin: PIN });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(AuthResponse.parse(ok.body).user.id).toBe(me.user.id);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(200);
    expect((await me.request('GET', '/api/v1/session')).body.locked).toBe(false);
  });

  it('locks on the server after the idle time (with a minute’s grace), and use keeps it open', async () => {
    const me = await withLock(1);
    h.clock.advance(90 * 1000);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(200);
    h.clock.advance(100 * 1000);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(200);
    h.clock.advance(2 * MINUTE + 1000);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(423);
    // Waiting on the lock screen (asking who is signed in) does not open it.
    h.clock.advance(MINUTE);
    expect((await me.request('GET', '/api/v1/session')).body.locked).toBe(true);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(423);
  });

  it('locks every session of the person, not only the one that locked, after its own idle time', async () => {
    const me = await withLock(5);
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: PASSWORD } });
    const laptop = clientFrom(h.app, login);
    expect((await laptop.request('GET', '/api/v1/journal')).status).toBe(200);
    expect((await me.request('POST', '/api/v1/app-lock/lock')).status).toBe(204);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(423);
    expect((await laptop.request('GET', '/api/v1/journal')).status).toBe(200);
    h.clock.advance(7 * MINUTE);
    expect((await laptop.request('GET', '/api/v1/journal')).status).toBe(423);
  });

  it(`ends only that session after ${UNLOCK_FAILURE_LIMIT} wrong PINs, counting parallel guesses; the password still logs in`, async () => {
    const me = await withLock();
    await me.request('POST', '/api/v1/app-lock/lock');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => me.request('POST', '/api/v1/app-lock/unlock', { pin: `${1000 + i}` })),
    );
    expect(guesses.filter((g) => g.status === 400).length).toBeLessThan(UNLOCK_FAILURE_LIMIT);
    const ended = guesses.filter((g) => g.status === 401);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.some((g) => g.body.type === APP_LOCK_SESSION_ENDED)).toBe(true);
    // Even the right PIN is too late for this session now.
    expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: PIN })).status).toBe(401);
    expect((await me.request('GET', '/api/v1/session')).body).toEqual({ user: null, csrfToken: null, locked: false });
    // Not a lockout of the account: the password opens a new session, unlocked (signing in proves it is the person).
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    expect((await clientFrom(h.app, login).request('GET', '/api/v1/journal')).status).toBe(200);
  });

  it('counts wrong PINs one by one and resets them after the right one', async () => {
    const me = await withLock();
    await me.request('POST', '/api/v1/app-lock/lock');
    for (let i = 0; i < UNLOCK_FAILURE_LIMIT - 1; i++)
      expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: '0000' })).status).toBe(400);
    expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: PIN })).status).toBe(200);
    await me.request('POST', '/api/v1/app-lock/lock');
    for (let i = 0; i < UNLOCK_FAILURE_LIMIT - 1; i++)
      expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: '0000' })).status).toBe(400);
    expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: PIN })).status).toBe(200);
  });

  it('lets a locked session log out, and a stranger’s session is never locked by someone else’s lock', async () => {
    const me = await withLock();
    const stranger = await signup(h.app);
    await me.request('POST', '/api/v1/app-lock/lock');
    expect((await stranger.request('GET', '/api/v1/journal')).status).toBe(200);
    expect((await stranger.request('POST', '/api/v1/app-lock/unlock', { pin: PIN })).status).toBe(200);
    expect((await me.request('POST', '/api/v1/auth/logout')).status).toBe(204);
    expect((await me.request('GET', '/api/v1/journal')).status).toBe(401);
  });

  it('does nothing on lockApp without a lock, and turning the lock off opens every session', async () => {
    const plain = await signup(h.app);
    expect((await plain.request('POST', '/api/v1/app-lock/lock')).status).toBe(204);
    expect((await plain.request('GET', '/api/v1/journal')).status).toBe(200);

    const me = await withLock();
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: PASSWORD } });
    const laptop = clientFrom(h.app, login);
    await laptop.request('POST', '/api/v1/app-lock/lock');
    expect((await me.request('DELETE', '/api/v1/app-lock')).body).toEqual({ enabled: false, idleMinutes: null });
    expect((await laptop.request('GET', '/api/v1/journal')).status).toBe(200);
  });

  it('answers 401 to anonymous callers and 403 without the CSRF token', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/app-lock'],
      ['PUT', '/api/v1/app-lock'],
      ['DELETE', '/api/v1/app-lock'],
      ['POST', '/api/v1/app-lock/lock'],
      ['POST', '/api/v1/app-lock/unlock'],
    ] as const) {
      expect((await h.app.inject({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
    const me = await withLock();
    expect((await me.request('POST', '/api/v1/app-lock/lock', undefined, { 'x-csrf-token': 'nope' })).status).toBe(403);
    expect((await me.request('POST', '/api/v1/app-lock/unlock', { pin: PIN }, { 'x-csrf-token': 'nope' })).status).toBe(403);
  });
});
