import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthResponse } from '../../src/contracts/account/auth.js';
import { PasswordResetRequested } from '../../src/contracts/account/recovery.js';
import { dialects } from '../support/dialects.js';
import { clientFrom, harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { smtpSink, tokenFromMail, type SmtpSink } from '../support/smtp-sink.js';

const PUBLIC_URL = 'https://steady.example.org';
const NEW_PASSWORD = 'a quiet morning by the lake';
let ips = 0;
/** A fresh address per test, so one test's reset budget never spills into the next. */
const nextIp = () => `203.0.113.${++ips}`;

/**
 * A forgotten password must not lose everything (issue 14.7): a link by mail or from the admin's
 * CLI sets a new one, ends every other session, and leaves the person's data as it was; asking
 * for a link says nothing about whether an email is registered.
 */
describe.each(dialects())('account recovery on %s', (kind) => {
  let h: Harness;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await smtpSink();
    h = await harness(kind, { publicUrl: PUBLIC_URL, mail: { smtpUrl: sink.url, from: 'Steady <steady@example.org>' } });
  });
  afterAll(async () => {
    await h.close();
    await sink.close();
  });

  const ask = (email: string, ip = '198.51.100.1') =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress: ip });
  const reset = (token: string, newPassword = NEW_PASSWORD, cookie?: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, newPassword },
      ...(cookie && { headers: { cookie } }),
    });
  const login = (email: string, password: string) =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  /** Asks for a link and reads the token from the mail that arrives. */
  const mailedToken = async (email: string): Promise<string> => {
    const before = sink.mails.length;
    expect((await ask(email, nextIp())).statusCode).toBe(202);
    await h.app.mailer!.idle();
    const mails = (await sink.waitFor(before + 1)).slice(before);
    expect(mails.map((m) => m.to)).toEqual([[email]]);
    return tokenFromMail(mails[0]!);
  };

  it('answers the same for a registered and an unknown email, and mails only the registered one a link in the fragment', async () => {
    const me = await signup(h.app);
    const before = sink.mails.length;
    const known = await ask(me.user.email, nextIp());
    const unknown = await ask('nobody-here@example.org', nextIp());
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(PasswordResetRequested.parse(known.json()).message).toMatch(/on its way/);
    await h.app.mailer!.idle();
    const mails = (await sink.waitFor(before + 1)).slice(before);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual([me.user.email]);
    expect(mail.from).toBe('steady@example.org');
    expect(mail.data).toMatch(/Content-Type: text\/plain/i);
    expect(mail.data).toMatch(/Content-Type: text\/html/i);
    const token = tokenFromMail(mail);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const unfolded = mail.data.replace(/=\r\n/g, '').replace(/=3D/g, '=');
    expect(unfolded).toContain(`${PUBLIC_URL}/reset#token=${token}`);
    // Never in a query string, which reaches access logs and Referer headers.
    expect(unfolded).not.toMatch(/[?&]token=/);
    // Only the hash is stored.
    const rows = await h.database.db.selectFrom('password_resets').select('token_hash').where('user_id', '=', me.user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
  });

  it('a reset sets the new password, ends every session and trusted browser, signs this browser in, and keeps the data', async () => {
    const me = await signup(h.app);
    const entry = await me.request('POST', '/api/v1/journal', { text: 'the words I never want to lose' });
    expect(entry.status).toBe(201);
    const token = await mailedToken(me.user.email);

    const res = await reset(token);
    expect(res.statusCode).toBe(200);
    expect(AuthResponse.parse(res.json()).user.id).toBe(me.user.id);
    const fresh = clientFrom(h.app, res);
    expect((await fresh.request('GET', '/api/v1/journal')).body.items.map((e: { text: string }) => e.text)).toEqual([
      'the words I never want to lose',
    ]);
    // The session from before the reset is over.
    expect((await me.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await login(me.user.email, PASSWORD)).statusCode).toBe(401);
    expect((await login(me.user.email, NEW_PASSWORD)).statusCode).toBe(200);
    // Only the browser that made the reset (and the one that just logged in) is trusted now.
    const devices = await h.database.db.selectFrom('trusted_devices').select('token_hash').where('user_id', '=', me.user.id).execute();
    expect(devices).toHaveLength(2);
    // Used once, it is gone.
    const again = await reset(token, 'yet another long passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([expect.objectContaining({ field: 'token' })]);
  });

  it('a link expires after an hour, and a newer one voids the older', async () => {
    const me = await signup(h.app);
    const first = await mailedToken(me.user.email);
    const second = await mailedToken(me.user.email);
    expect((await reset(first)).statusCode).toBe(400);
    h.clock.advance(60 * 60 * 1000 + 1);
    expect((await reset(second)).statusCode).toBe(400);
    const third = await mailedToken(me.user.email);
    h.clock.advance(59 * 60 * 1000);
    expect((await reset(third)).statusCode).toBe(200);
  });

  it('changing the password voids any link sent before', async () => {
    const me = await signup(h.app);
    const token = await mailedToken(me.user.email);
    const changed = await me.request('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(204);
    expect((await reset(token, 'a different long passphrase')).statusCode).toBe(400);
  });

  it('names the field for a bad token or a password it cannot take, and never uses the link up on one', async () => {
    const me = await signup(h.app);
    const token = await mailedToken(me.user.email);
    const wrong = await reset('not-a-real-token');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json().errors[0].field).toBe('token');
    const short = await reset(token, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('newPassword');
    const ownEmail = await reset(token, me.user.email);
    expect(ownEmail.statusCode).toBe(400);
    expect(ownEmail.json().errors[0].field).toBe('newPassword');
    expect((await reset(token)).statusCode).toBe(200);
  });

  it('two uses of one link at once: exactly one succeeds', async () => {
    const me = await signup(h.app);
    const token = await mailedToken(me.user.email);
    const results = await Promise.all([reset(token), reset(token, 'another fine long passphrase')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('limits requests per email under a hashed key, the same for unknown emails, counting parallel ones, without locking the owner out', async () => {
    const me = await signup(h.app);
    const ip = nextIp();
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(me.user.email, ip)));
    expect(answers.filter((a) => a.statusCode === 202)).toHaveLength(3);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(5);
    const unknownIp = nextIp();
    const unknown = await Promise.all(Array.from({ length: 8 }, () => ask('nobody-else@example.org', unknownIp)));
    expect(unknown.filter((a) => a.statusCode === 429)).toHaveLength(5);
    // The owner's password still works: reset requests never touch the login budgets.
    expect((await login(me.user.email, PASSWORD)).statusCode).toBe(200);
    const keys = (await h.database.db.selectFrom('login_failures').select('key').execute()).map((r) => r.key).join(' ');
    expect(keys).not.toContain(me.user.email);
    // Across many addresses, the email's own budget caps how many mails one inbox can be sent.
    const spread = await Promise.all(Array.from({ length: 12 }, () => ask(me.user.email, nextIp())));
    expect(spread.filter((a) => a.statusCode === 202).length).toBeLessThanOrEqual(10 - 3);
    await h.app.mailer!.idle();
    // However many were asked for at once, one link is live.
    expect(await h.database.db.selectFrom('password_resets').select('user_id').where('user_id', '=', me.user.id).execute()).toHaveLength(1);
  });

  it('logs neither the email nor the token', async () => {
    const me = await signup(h.app);
    const token = await mailedToken(me.user.email);
    await reset(token);
    const log = h.logs.join('');
    expect(log).toContain('/api/v1/auth/password-reset');
    expect(log).not.toContain(me.user.email);
    expect(log).not.toContain(token);
  });
});

describe.each(dialects())('recovery without mail on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('answers exactly as it does with mail, and writes no token that could void the admin’s link', async () => {
    const me = await signup(h.app);
    const known = await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: me.user.email } });
    const unknown = await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'none@example.org' } });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(await h.database.db.selectFrom('password_resets').selectAll().execute()).toEqual([]);
  });

  it('a bad email is a 400 naming the field', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'not an email' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('email');
  });
});

describe('a mail server that cannot be reached', () => {
  it('is logged by its error code only, never with the address', async () => {
    const h = await harness('sqlite', { publicUrl: PUBLIC_URL, mail: { smtpUrl: 'smtp://127.0.0.1:1' } });
    try {
      const me = await signup(h.app);
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: me.user.email } });
      expect(res.statusCode).toBe(202);
      await h.app.mailer!.idle();
      const log = h.logs.join('');
      expect(log).toContain('mail not sent');
      expect(log).toMatch(/"code":"E[A-Z]+"/);
      expect(log).not.toContain(me.user.email);
    } finally {
      await h.close();
    }
  });
});

describe('a slow mail server', () => {
  it('does not slow the answer, so a registered email answers as fast as an unknown one', async () => {
    const sink = await smtpSink({ delayMs: 1_500 });
    const h = await harness('sqlite', { publicUrl: PUBLIC_URL, mail: { smtpUrl: sink.url } });
    try {
      const me = await signup(h.app);
      const started = Date.now();
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: me.user.email } });
      expect(res.statusCode).toBe(202);
      expect(Date.now() - started).toBeLessThan(1_000);
      await sink.waitFor(1);
    } finally {
      await h.close();
      await sink.close();
    }
  });
});
