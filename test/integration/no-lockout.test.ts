import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { clientFrom, harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { linkedPair } from '../support/pair.js';

/**
 * The adversary who knows the person's email (issue 14.1): their failed logins must never keep
 * the real person out, nor stop a signed-in person from changing their password, leaving the pair
 * or deleting their account; and guesses sent in parallel are all counted.
 */
describe.each(dialects())('failed logins cannot lock anyone out on %s', (kind) => {
  let h: Harness;
  const delays: number[] = [];
  beforeAll(async () => {
    h = await harness(kind, { sleep: async (ms) => void delays.push(ms) });
  });
  afterAll(async () => h.close());

  const login = (email: string, password: string, ip: string, cookie?: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
      ...(cookie && { headers: { cookie } }),
    });
  const deviceCookie = (res: { cookies: Array<{ name: string; value: string }> }) => {
    const c = res.cookies.find((k) => k.name.endsWith('steady_device'));
    return c && `${c.name}=${c.value}`;
  };

  it('the person’s own device still gets in while someone else guesses from many addresses', async () => {
    const me = await signup(h.app);
    // The person has logged in on their phone before: it carries a device cookie (the browser
    // that signed up got one too).
    const phone = deviceCookie(await login(me.user.email, PASSWORD, '198.51.100.7'));
    expect(phone).toBeDefined();
    const signedUp = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: `device-${kind}@example.org`, password: PASSWORD, displayName: 'Kim', timeZone: 'Europe/London', region: 'GB' },
    });
    expect(deviceCookie(signedUp)).toBeDefined();
    // The attacker: one address hammering, then thirty more.
    for (let i = 0; i < 15; i++) await login(me.user.email, 'wrong password!!', '203.0.113.1');
    expect((await login(me.user.email, 'wrong password!!', '203.0.113.1')).statusCode).toBe(429);
    for (let i = 0; i < 30; i++) await login(me.user.email, 'wrong password!!', `203.0.113.${10 + i}`);
    const ok = await login(me.user.email, PASSWORD, '198.51.100.7', phone);
    expect(ok.statusCode).toBe(200);
    // A device the person never used is slowed, not walled off: it waits, then is checked.
    delays.length = 0;
    const fresh = await login(me.user.email, PASSWORD, '192.0.2.44');
    expect(fresh.statusCode).toBe(200);
    expect(delays.length).toBe(1);
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[0]).toBeLessThanOrEqual(10_000);
  });

  it('a signed-in person can change their password, leave the pair and delete the account whatever others tried', async () => {
    const { a } = await linkedPair(h);
    for (let i = 0; i < 40; i++) await login(a.user.email, 'wrong password!!', `203.0.114.${i}`);
    expect((await a.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    const changed = await a.request('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(204);
    expect((await a.request('DELETE', '/api/v1/me', { password: 'a brand new passphrase' })).status).toBe(204);
  });

  it('a signed-in session that guesses its own password is limited on its own', async () => {
    const me = await signup(h.app);
    for (let i = 0; i < 10; i++) {
      expect((await me.request('DELETE', '/api/v1/me', { password: 'not it at all' })).status).toBe(400);
    }
    expect((await me.request('DELETE', '/api/v1/me', { password: 'not it at all' })).status).toBe(429);
    // Its failures are its own: the person logs in elsewhere as usual.
    expect((await login(me.user.email, PASSWORD, '198.51.100.99')).statusCode).toBe(200);
  });

  it('guesses sent all at once are all counted', async () => {
    const me = await signup(h.app);
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => login(me.user.email, 'wrong password!!', '203.0.115.1').then((r) => r.statusCode)),
    );
    expect(answers.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(50);
  });

  it('a successful login from a shared address does not use up that address’s budget', async () => {
    const me = await signup(h.app);
    for (let i = 0; i < 60; i++) expect((await login(me.user.email, PASSWORD, '198.51.100.200')).statusCode).toBe(200);
    expect(clientFrom(h.app, await login(me.user.email, PASSWORD, '198.51.100.200')).csrf).toBeTruthy();
  });
});

describe.each(dialects())('forwarded addresses on %s', (kind) => {
  it('are ignored unless the request comes from a named proxy, so a forged header cannot dodge a limit', async () => {
    const h = await harness(kind, { trustProxy: ['127.0.0.1', '::1'] });
    try {
      const spray = (i: number, from: string) =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `spray${i}-${kind}@example.org`, password: 'wrong password!!' },
          remoteAddress: from,
          headers: { 'x-forwarded-for': `10.77.${i}.1` },
        });
      // From the internet directly: the forged header changes nothing, the sender's address is counted.
      for (let i = 0; i < 50; i++) await spray(i, '203.0.113.250');
      expect((await spray(51, '203.0.113.250')).statusCode).toBe(429);
      // Through the proxy on loopback: each forwarded client is counted on its own.
      for (let i = 0; i < 55; i++) expect((await spray(i, '127.0.0.1')).statusCode).toBe(401);
    } finally {
      await h.close();
    }
  }, 120_000);
});
