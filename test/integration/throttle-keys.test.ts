import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountThrottleKey, pairJoinThrottleKey, sessionThrottleKey } from '../../src/core/account/tokens.js';
import { dialects } from '../support/dialects.js';
import { harness, PASSWORD, signup, type Harness } from '../support/api.js';

/**
 * The throttle table is read by anyone with a copy of the database, and its rows outlive an
 * account: no key may hold an email, a client address, a session id or a person's id (issue 14.2).
 * Wrong link codes sent together are each counted, as wrong passwords are.
 */
describe.each(dialects())('throttle keys say nothing about anyone on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const keys = async () => (await h.database.db.selectFrom('login_failures').select('key').execute()).map((r) => r.key);

  it('stores every counter under a digest', async () => {
    const me = await signup(h.app);
    const ip = '203.0.113.77';
    const inject = (url: string, payload: object, headers: Record<string, string> = {}) =>
      h.app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers });
    // A wrong login (per account, per client and per address), a taken email at sign-up, a
    // wrong password before deleting (per session), a wrong link code (per person) and a feedback
    // form visit (per address).
    expect((await inject('/api/v1/auth/login', { email: me.user.email, password: 'not the password' })).statusCode).toBe(401);
    const taken = { email: me.user.email, password: PASSWORD, displayName: 'Sam', timeZone: 'Europe/London', region: 'GB' };
    expect((await inject('/api/v1/auth/signup', taken)).statusCode).toBe(400);
    expect((await me.request('DELETE', '/api/v1/me', { password: 'not the password' })).status).toBe(400);
    expect((await me.request('POST', '/api/v1/pair/join', { code: 'K7QM-4XRT' })).status).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/f/no-such-token', remoteAddress: ip })).statusCode).toBe(404);
    // A reset link asked for (per address, per account and client, per account) and a stale one used (per address).
    expect((await inject('/api/v1/auth/password-reset', { email: me.user.email })).statusCode).toBe(202);
    const stale = await inject('/api/v1/auth/password-reset/complete', {
      token: 'A'.repeat(43),
      newPassword: 'a long and unusual phrase 42',
    });
    expect(stale.statusCode).toBe(400);

    const sessions = await h.database.db.selectFrom('sessions').select('id').where('user_id', '=', me.user.id).execute();
    const stored = await keys();
    expect(stored.length).toBeGreaterThanOrEqual(5);
    const secrets = [me.user.email, me.user.email.toLowerCase(), ip, me.user.id, ...sessions.map((s) => s.id)];
    expect(stored.filter((k) => secrets.some((s) => k.includes(s)))).toEqual([]);
  });

  it('forgets the counters of a deleted account', async () => {
    const me = await signup(h.app);
    expect((await me.request('DELETE', '/api/v1/me', { password: 'not the password' })).status).toBe(400);
    expect((await me.request('POST', '/api/v1/pair/join', { code: 'K7QM-4XRT' })).status).toBe(404);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: 'nope nope' } }))
        .statusCode,
    ).toBe(401);
    const sessions = await h.database.db.selectFrom('sessions').select('id').where('user_id', '=', me.user.id).execute();
    const theirs = [accountThrottleKey(me.user.email), pairJoinThrottleKey(me.user.id), ...sessions.map((s) => sessionThrottleKey(s.id))];
    const held = async () => (await keys()).filter((k) => theirs.some((t) => k.startsWith(t)));
    expect((await held()).length).toBeGreaterThanOrEqual(3);
    expect((await me.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    expect(await held()).toEqual([]);
  });

  it('counts every wrong link code sent at once', async () => {
    const me = await signup(h.app);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => me.request('POST', '/api/v1/pair/join', { code: 'ZZZZ-ZZZZ' }).then((r) => r.status)),
    );
    // Ten wrong codes are checked, the rest wait.
    expect(answers.filter((s) => s === 404)).toHaveLength(10);
    expect(answers.filter((s) => s === 429)).toHaveLength(20);
  });

  it('a right code after wrong ones still links, and forgets the wrong ones', async () => {
    const inviter = await signup(h.app);
    const joiner = await signup(h.app);
    for (let i = 0; i < 9; i++) expect((await joiner.request('POST', '/api/v1/pair/join', { code: 'YYYY-YYYY' })).status).toBe(404);
    const code = (await inviter.request('POST', '/api/v1/pair/invitations')).body.code;
    expect((await joiner.request('POST', '/api/v1/pair/join', { code })).status).toBe(201);
    const counted = await h.database.db
      .selectFrom('login_failures')
      .select('count')
      .where('key', '=', pairJoinThrottleKey(joiner.user.id))
      .executeTakeFirst();
    expect(Number(counted?.count ?? 0)).toBe(0);
  });
});
