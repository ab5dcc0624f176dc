import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthResponse } from '../../src/contracts/account/auth.js';
import { RecoveryCodesResult, SecondFactorRequired, TotpSetup, TwoStepStatus } from '../../src/contracts/account/two-step.js';
import { dialects } from '../support/dialects.js';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';

describe.each(dialects())('two-step sign-in with an authenticator app on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const epoch = () => Math.floor(h.clock.now.getTime() / 1000);
  const codeFor = (secret: string, offsetSteps = 0) => generate({ secret, epoch: epoch() + offsetSteps * 30 });
  const login = (email: string, password = PASSWORD, ip = '10.9.0.1') =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
  const complete = (payload: Record<string, unknown>, ip = '10.9.0.1') =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/login/complete', payload, remoteAddress: ip });

  /** Signs up and turns the app on; answers the client, the secret and the recovery codes. */
  async function withTotp(): Promise<{ a: Client; secret: string; codes: string[] }> {
    const a = await signup(h.app);
    const setup = await a.request('POST', '/api/v1/two-step/totp/setup');
    expect(setup.status).toBe(200);
    const { secret } = TotpSetup.parse(setup.body);
    const confirmed = await a.request('POST', '/api/v1/two-step/totp/confirm', { code: await codeFor(secret) });
    expect(confirmed.status).toBe(200);
    const codes = RecoveryCodesResult.parse(confirmed.body).recoveryCodes!;
    // The code used to confirm is spent, and so is every step before it: later steps start two on.
    h.clock.advance(60_000);
    return { a, secret, codes };
  }

  it('sets up an app with a secret, an otpauth URI and an SVG QR code, and keeps it off until a code proves it', async () => {
    const a = await signup(h.app);
    const setup = await a.request('POST', '/api/v1/two-step/totp/setup');
    expect(setup.status).toBe(200);
    const s = TotpSetup.parse(setup.body);
    expect(s.otpauthUri).toMatch(/^otpauth:\/\/totp\/Steady:/);
    expect(s.otpauthUri).toContain(`secret=${s.secret}`);
    expect(s.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(s.qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');

    // Not on yet: the password alone still signs in, and the status says off.
    expect(TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body)).toMatchObject({ totp: false, recoveryCodesLeft: 0 });
    expect(AuthResponse.safeParse((await login(a.user.email)).json()).success).toBe(true);

    const wrong = await a.request('POST', '/api/v1/two-step/totp/confirm', {
      code: '000000' === (await codeFor(s.secret)) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');

    const ok = await a.request('POST', '/api/v1/two-step/totp/confirm', { code: await codeFor(s.secret) });
    expect(ok.status).toBe(200);
    const codes = RecoveryCodesResult.parse(ok.body).recoveryCodes!;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const status = TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body);
    expect(status).toMatchObject({ totp: true, passkeys: 0, recoveryCodesLeft: 10, secretsEncrypted: false });

    // A second setup while one is on is refused rather than quietly replacing the secret.
    expect((await a.request('POST', '/api/v1/two-step/totp/setup')).status).toBe(409);
  });

  it('asks for the second step after the right password, with no session until a code is given', async () => {
    const { a, secret } = await withTotp();
    const first = await login(a.user.email);
    expect(first.statusCode).toBe(200);
    const pending = SecondFactorRequired.parse(first.json());
    expect(pending.secondFactor).toEqual({ required: true, methods: ['totp', 'recovery'] });
    expect(pending.passkeyOptions).toBeNull();
    expect(first.cookies.find((c) => c.name.endsWith('steady_session'))).toBeUndefined();

    // The wrong password says nothing about a second factor.
    const wrongPassword = await login(a.user.email, 'not the password at all');
    expect(wrongPassword.statusCode).toBe(401);
    expect(JSON.stringify(wrongPassword.json())).not.toContain('secondFactor');

    const done = await complete({ pendingToken: pending.pendingToken, code: await codeFor(secret) });
    expect(done.statusCode).toBe(200);
    const auth = AuthResponse.parse(done.json());
    expect(auth.user.id).toBe(a.user.id);
    const b = clientFrom(h.app, done);
    expect((await b.request('GET', '/api/v1/me')).status).toBe(200);

    // The pending token opened one session and is gone.
    expect((await complete({ pendingToken: pending.pendingToken, code: await codeFor(secret) })).statusCode).toBe(401);
  });

  it('accepts a code one step either side, refuses two steps off, and refuses a code used once', async () => {
    const { a, secret } = await withTotp();
    const start = async () => SecondFactorRequired.parse((await login(a.user.email)).json()).pendingToken;

    expect((await complete({ pendingToken: await start(), code: await codeFor(secret, -2) })).statusCode).toBe(400);
    expect((await complete({ pendingToken: await start(), code: await codeFor(secret, 2) })).statusCode).toBe(400);
    const early = await codeFor(secret, -1);
    expect((await complete({ pendingToken: await start(), code: early })).statusCode).toBe(200);
    // Replayed within its window: refused.
    expect((await complete({ pendingToken: await start(), code: early })).statusCode).toBe(400);
    expect((await complete({ pendingToken: await start(), code: await codeFor(secret) })).statusCode).toBe(200);
    expect((await complete({ pendingToken: await start(), code: await codeFor(secret, 1) })).statusCode).toBe(200);
    // The same code sent twice at once still works once.
    h.clock.advance(90_000);
    const code = await codeFor(secret);
    const [p1, p2] = [await start(), await start()];
    const answers = await Promise.all([complete({ pendingToken: p1, code }), complete({ pendingToken: p2, code })]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('takes a recovery code once, in any case and with or without dashes', async () => {
    const { a, codes } = await withTotp();
    const start = async () => SecondFactorRequired.parse((await login(a.user.email)).json()).pendingToken;
    const typed = codes[0]!.toUpperCase().replace(/-/g, ' ');
    expect((await complete({ pendingToken: await start(), code: typed })).statusCode).toBe(200);
    expect((await complete({ pendingToken: await start(), code: codes[0]! })).statusCode).toBe(400);
    const status = TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body);
    expect(status.recoveryCodesLeft).toBe(9);
  });

  it('regenerates recovery codes only with the password, and the old ones stop working', async () => {
    const { a, codes } = await withTotp();
    const refused = await a.request('POST', '/api/v1/two-step/recovery-codes', { password: 'not my password!!' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('password');
    const fresh = await a.request('POST', '/api/v1/two-step/recovery-codes', { password: PASSWORD });
    expect(fresh.status).toBe(200);
    const newCodes = RecoveryCodesResult.parse(fresh.body).recoveryCodes!;
    expect(newCodes).toHaveLength(10);
    const start = async () => SecondFactorRequired.parse((await login(a.user.email)).json()).pendingToken;
    expect((await complete({ pendingToken: await start(), code: codes[1]! })).statusCode).toBe(400);
    expect((await complete({ pendingToken: await start(), code: newCodes[1]! })).statusCode).toBe(200);

    // Without a second factor there is nothing for codes to stand behind.
    const b = await signup(h.app);
    expect((await b.request('POST', '/api/v1/two-step/recovery-codes', { password: PASSWORD })).status).toBe(409);
  });

  it('turns the app off only with the password; then the password alone signs in and the codes are gone', async () => {
    const { a, codes } = await withTotp();
    expect((await a.request('DELETE', '/api/v1/two-step/totp', { password: 'wrong password here' })).status).toBe(400);
    expect(SecondFactorRequired.safeParse((await login(a.user.email)).json()).success).toBe(true);
    expect((await a.request('DELETE', '/api/v1/two-step/totp', { password: PASSWORD })).status).toBe(204);
    expect(TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body)).toMatchObject({ totp: false, recoveryCodesLeft: 0 });
    const res = await login(a.user.email);
    expect(AuthResponse.parse(res.json()).user.id).toBe(a.user.id);
    void codes;
  });

  it('ends a pending login after five wrong codes, and counts wrong codes per client so others cannot keep the person out', async () => {
    const { a, secret } = await withTotp();
    const pending = SecondFactorRequired.parse((await login(a.user.email)).json()).pendingToken;
    const right = await codeFor(secret);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 4; i++) expect((await complete({ pendingToken: pending, code: wrong })).statusCode).toBe(400);
    expect((await complete({ pendingToken: pending, code: wrong })).statusCode).toBe(401);
    // Gone for good, even with the right code now.
    expect((await complete({ pendingToken: pending, code: right })).statusCode).toBe(401);

    // Someone who also knows the password, guessing from another address, spends only their own budget.
    for (let round = 0; round < 3; round++) {
      const p = SecondFactorRequired.parse((await login(a.user.email, PASSWORD, '10.66.0.1')).json()).pendingToken;
      for (let i = 0; i < 4; i++) await complete({ pendingToken: p, code: wrong }, '10.66.0.1');
    }
    const blocked = SecondFactorRequired.parse((await login(a.user.email, PASSWORD, '10.66.0.1')).json()).pendingToken;
    expect((await complete({ pendingToken: blocked, code: wrong }, '10.66.0.1')).statusCode).toBe(429);
    const mine = SecondFactorRequired.parse((await login(a.user.email)).json()).pendingToken;
    expect((await complete({ pendingToken: mine, code: right })).statusCode).toBe(200);
  });

  it('names the field for bad input and never answers 500', async () => {
    const bad = await complete({ pendingToken: 'x', code: 'y'.repeat(200) });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0].field).toBe('code');
    const neither = await complete({ pendingToken: 'x' });
    expect(neither.statusCode).toBe(400);
    expect((await complete({ pendingToken: 'not-a-real-token', code: '123456' })).statusCode).toBe(401);
    const a = await signup(h.app);
    expect((await a.request('POST', '/api/v1/two-step/totp/confirm', { code: 42 })).status).toBe(400);
    expect((await a.request('POST', '/api/v1/two-step/totp/confirm', { code: '123456' })).status).toBe(409);
  });

  it('answers 401 to anonymous callers of every two-step operation', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/two-step'],
      ['POST', '/api/v1/two-step/totp/setup'],
      ['POST', '/api/v1/two-step/totp/confirm'],
      ['DELETE', '/api/v1/two-step/totp'],
      ['POST', '/api/v1/two-step/recovery-codes'],
    ] as const) {
      const r = await h.app.inject({ method, url, payload: {} });
      expect(r.statusCode, url).toBe(401);
    }
  });

  it('lets re-authentication use a code from the app or a recovery code in place of the password, and checks a code sent beside it', async () => {
    const { a, secret, codes } = await withTotp();
    const reauth = (body: object) => a.request('POST', '/api/v1/auth/reauth', body, { 'x-no-reauth': '1' });
    const exportNow = async () => (await a.request('GET', '/api/v1/me/export', undefined, { 'x-no-reauth': '1' })).status;
    h.clock.advance(11 * 60_000);
    expect(await exportNow()).toBe(403);
    expect((await reauth({ code: await codeFor(secret) })).status).toBe(204);
    expect(await exportNow()).toBe(200);
    expect((await reauth({ code: codes[2]! })).status).toBe(204);
    // A recovery code works once.
    const again = await reauth({ code: codes[2]! });
    expect(again.status).toBe(400);
    expect(again.body.errors.map((e: { field: string }) => e.field)).toEqual(['code']);
    // The right password with a wrong code is not a confirmation.
    h.clock.advance(11 * 60_000);
    expect((await reauth({ password: PASSWORD, code: '000000' === (await codeFor(secret)) ? '111111' : '000000' })).status).toBe(400);
    expect(await exportNow()).toBe(403);
    expect((await reauth({ password: PASSWORD, code: codes[3]! })).status).toBe(204);
    expect(await exportNow()).toBe(200);
    // Someone with no second factor cannot answer with a code.
    const b = await signup(h.app);
    expect((await b.request('POST', '/api/v1/auth/reauth', { code: '123456' }, { 'x-no-reauth': '1' })).status).toBe(400);
  });

  it('keeps the secret sealed at rest when the server has a key, and never in the export or logs', async () => {
    const keyed = await harness(kind, { secretKey: Buffer.alloc(32, 7) });
    try {
      const a = await signup(keyed.app);
      const setup = TotpSetup.parse((await a.request('POST', '/api/v1/two-step/totp/setup')).body);
      const row = await keyed.database.db
        .selectFrom('totp_factors')
        .select('secret')
        .where('user_id', '=', a.user.id)
        .executeTakeFirstOrThrow();
      expect(row.secret).not.toContain(setup.secret);
      expect(row.secret.startsWith('v1.')).toBe(true);
      const code = await generate({ secret: setup.secret, epoch: Math.floor(keyed.clock.now.getTime() / 1000) });
      const confirmed = await a.request('POST', '/api/v1/two-step/totp/confirm', { code });
      expect(confirmed.status).toBe(200);
      expect(TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body).secretsEncrypted).toBe(true);
      const codes = RecoveryCodesResult.parse(confirmed.body).recoveryCodes!;
      const exported = JSON.stringify((await a.request('GET', '/api/v1/me/export')).body);
      expect(exported).not.toContain(setup.secret);
      for (const c of codes) expect(exported).not.toContain(c);
      const logs = keyed.logs.join('\n');
      expect(logs).not.toContain(setup.secret);
      expect(logs).not.toContain(code);
      for (const c of codes) expect(logs).not.toContain(c);
    } finally {
      await keyed.close();
    }
  });

  it('removes every second-factor row with the account', async () => {
    const { a } = await withTotp();
    expect((await a.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    for (const table of ['totp_factors', 'recovery_codes', 'auth_challenges'] as const) {
      const rows = await h.database.db.selectFrom(table).selectAll().where('user_id', '=', a.user.id).execute();
      expect(rows, table).toEqual([]);
    }
  });
});
