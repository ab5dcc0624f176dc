import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthResponse } from '../../src/contracts/account/auth.js';
import { SignupPending } from '../../src/contracts/account/signup.js';
import { SIGNUP_MAIL_EMAIL_LIMIT } from '../../src/core/account/signup-confirm.js';
import { dialects } from '../support/dialects.js';
import { clientFrom, harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { plainText, smtpSink, tokenFromMail, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.js';

const PUBLIC_URL = 'https://steady.example.org';
const DAY = 24 * 60 * 60 * 1000;
let ips = 0;
let emails = 0;
/** A fresh address per call, so one test's sign-up budget never spills into the next. */
const nextIp = () => `203.0.113.${++ips}`;
const newEmail = () => `quiet-${++emails}-${Date.now()}@example.org`;

/**
 * Sign-up must not say whether an email is registered (issue 14.6). With mail set up, both a new
 * and a registered address are answered "check your inbox"; the mailbox gets either the link
 * that makes the account or a kind note that someone tried.
 */
describe.each(dialects())('sign-up with mail on %s', (kind) => {
  let h: Harness;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await smtpSink();
    h = await harness(kind, { publicUrl: PUBLIC_URL, mail: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await h.close();
    await sink.close();
  });

  const signUp = (email: string, password = PASSWORD, ip = nextIp()) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email, password, displayName: 'Noor', timeZone: 'Europe/London', region: 'GB' },
      remoteAddress: ip,
    });
  const confirm = (token: string, password = PASSWORD) =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/signup/confirm', payload: { token, password } });
  const login = (email: string, password = PASSWORD) =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  /** The mails sent since `before`, once everything queued has gone. */
  const mailsSince = async (before: number, count: number): Promise<ReceivedMail[]> => {
    await h.app.mailer!.idle();
    return (await sink.waitFor(before + count)).slice(before);
  };
  /** Signs up and answers the token from the mail that arrives. */
  const mailedToken = async (email: string, password = PASSWORD): Promise<string> => {
    await h.app.mailer!.idle();
    const before = sink.mails.length;
    expect((await signUp(email, password)).statusCode).toBe(202);
    const [mail] = await mailsSince(before, 1);
    expect(mail!.to).toEqual([email]);
    return tokenFromMail(mail!, '/signup/confirm');
  };

  it('answers a new and a registered address alike, and tells each mailbox what it needs', async () => {
    const registered = await signup(h.app);
    const fresh = newEmail();
    await h.app.mailer!.idle();
    const before = sink.mails.length;
    const known = await signUp(registered.user.email, 'another long phrase entirely');
    const unknown = await signUp(fresh);
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    expect(known.cookies).toEqual([]);
    expect(unknown.cookies).toEqual([]);
    expect(SignupPending.parse(known.json()).message).toMatch(/sent a message to that address/);

    const mails = await mailsSince(before, 2);
    const toFresh = mails.find((m) => m.to[0] === fresh)!;
    const toRegistered = mails.find((m) => m.to[0] === registered.user.email)!;
    expect(tokenFromMail(toFresh, '/signup/confirm')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(plainText(toFresh)).toContain(`${PUBLIC_URL}/signup/confirm#token=`);
    expect(plainText(toRegistered)).toMatch(/already has one/);
    expect(plainText(toRegistered)).toContain(`${PUBLIC_URL}/login`);
    expect(plainText(toRegistered)).toContain(`${PUBLIC_URL}/forgot`);
    expect(plainText(toRegistered)).not.toContain('#token=');
    // No account yet for the new address, and the registered one's password is what it was.
    expect((await login(fresh)).statusCode).toBe(401);
    expect((await login(registered.user.email)).statusCode).toBe(200);
  });

  it('makes the account once, from the link and the password chosen, and keeps only the token’s hash', async () => {
    const email = newEmail();
    const token = await mailedToken(email);
    const rows = await h.database.db.selectFrom('pending_signups').selectAll().where('email', '=', email).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);

    const wrong = await confirm(token, 'not the password I chose');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('password');
    const made = await confirm(token);
    expect(made.statusCode).toBe(201);
    const me = clientFrom(h.app, made);
    expect(AuthResponse.parse(made.json()).user).toMatchObject({ email, displayName: 'Noor' });
    expect((await me.request('GET', '/api/v1/me')).status).toBe(200);
    expect((await login(email)).statusCode).toBe(200);

    const again = await confirm(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('token');
    expect(await h.database.db.selectFrom('pending_signups').selectAll().where('email', '=', email).execute()).toEqual([]);
  });

  it('lets nobody who typed someone else’s address finish it, and voids their link once the owner does', async () => {
    const email = newEmail();
    const strangers = await mailedToken(email, 'the stranger picked this one');
    const owners = await mailedToken(email);
    // The owner opens the stranger's link by mistake: without the stranger's password it makes nothing.
    expect((await confirm(strangers)).statusCode).toBe(400);
    expect((await confirm(owners)).statusCode).toBe(201);
    const late = await confirm(strangers, 'the stranger picked this one');
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].field).toBe('token');
    expect((await login(email, 'the stranger picked this one')).statusCode).toBe(401);
  });

  it('lets a link lapse after a day', async () => {
    const email = newEmail();
    const token = await mailedToken(email);
    h.clock.advance(DAY + 1000);
    const res = await confirm(token);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('token');
  });

  it('mails one address only a few times an hour, answering new and registered addresses the same', async () => {
    // Making the account took one of its address's mails already.
    const registered = await signup(h.app);
    const fresh = newEmail();
    for (let i = 0; i < SIGNUP_MAIL_EMAIL_LIMIT; i++) {
      expect((await signUp(fresh)).statusCode).toBe(202);
      if (i > 0) expect((await signUp(registered.user.email)).statusCode).toBe(202);
    }
    const a = await signUp(fresh);
    const b = await signUp(registered.user.email);
    expect([a.statusCode, b.statusCode]).toEqual([429, 429]);
    expect(a.json().title).toBe(b.json().title);
    expect(a.headers['retry-after']).toBeDefined();
    await h.app.mailer!.idle();
  });

  it('logs neither the email nor the token', async () => {
    const email = newEmail();
    const token = await mailedToken(email);
    expect((await confirm(token)).statusCode).toBe(201);
    const log = h.logs.join('');
    expect(log).toContain('/api/v1/auth/signup/confirm');
    expect(log).not.toContain(email);
    expect(log).not.toContain(token);
  });
});

describe('sign-up with a slow mail server', () => {
  it('answers a registered address as fast as a new one: the mail is looked up and sent after the answer', async () => {
    const sink = await smtpSink({ delayMs: 1_500 });
    const h = await harness('sqlite', { publicUrl: PUBLIC_URL, mail: { smtpUrl: sink.url } });
    try {
      const registered = await signup(h.app);
      for (const email of [registered.user.email, newEmail()]) {
        const started = Date.now();
        const res = await h.app.inject({
          method: 'POST',
          url: '/api/v1/auth/signup',
          payload: { email, password: PASSWORD, displayName: 'Noor', timeZone: 'Europe/London', region: 'GB' },
        });
        expect(res.statusCode).toBe(202);
        expect(Date.now() - started).toBeLessThan(1_000);
      }
      await h.app.mailer!.idle();
    } finally {
      await h.close();
      await sink.close();
    }
  });
});

describe.each(dialects())('sign-up without mail on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('still makes the account at once, since nobody could receive a link', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: newEmail(), password: PASSWORD, displayName: 'Noor', timeZone: 'Europe/London', region: 'GB' },
    });
    expect(res.statusCode).toBe(201);
    expect(AuthResponse.parse(res.json()).user.displayName).toBe('Noor');
    expect(await h.database.db.selectFrom('pending_signups').selectAll().execute()).toEqual([]);
  });
});
