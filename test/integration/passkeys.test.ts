import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthResponse } from '../../src/contracts/account/auth.js';
import {
  FinishPasskeyRegistrationResult,
  PasskeyList,
  PasskeyLoginStart,
  SecondFactorRequired,
  TwoStepStatus,
} from '../../src/contracts/account/two-step.js';
import { PASSKEY_START_LIMIT } from '../../src/core/account/throttle.js';
import { dialects } from '../support/dialects.js';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';

describe.each(dialects())('passkeys on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const post = (url: string, payload?: object) => h.app.inject({ method: 'POST', url, ...(payload && { payload }) });

  async function register(a: Client, device = new SoftAuthenticator(), name = 'My phone') {
    const start = await a.request('POST', '/api/v1/passkeys/registration/start');
    expect(start.status).toBe(200);
    const credential = device.register(start.body.options);
    const finish = await a.request('POST', '/api/v1/passkeys/registration/finish', { name, credential });
    return { device, finish, options: start.body.options };
  }

  it('registers a passkey with discoverable, none-attestation options; the first brings recovery codes', async () => {
    const a = await signup(h.app);
    const { finish, options } = await register(a);
    expect(options).toMatchObject({ rp: { id: 'localhost', name: 'Steady' }, attestation: 'none' });
    expect(options.authenticatorSelection.residentKey).toBe('required');
    expect(finish.status).toBe(201);
    const result = FinishPasskeyRegistrationResult.parse(finish.body);
    expect(result.passkey.name).toBe('My phone');
    expect(result.recoveryCodes).toHaveLength(10);
    // A second passkey keeps the codes the person already has.
    h.clock.advance(1000);
    const second = await register(a, new SoftAuthenticator(), 'Laptop');
    expect(FinishPasskeyRegistrationResult.parse(second.finish.body).recoveryCodes).toBeNull();
    const list = PasskeyList.parse((await a.request('GET', '/api/v1/passkeys')).body);
    expect(list.items.map((p) => p.name)).toEqual(['My phone', 'Laptop']);
    expect(TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body)).toMatchObject({ passkeys: 2, recoveryCodesLeft: 10 });
  });

  it('refuses a registration answered for another origin, a reused challenge, or another person’s challenge', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    const start = await a.request('POST', '/api/v1/passkeys/registration/start');
    const device = new SoftAuthenticator();
    const phishing = await a.request('POST', '/api/v1/passkeys/registration/finish', {
      credential: device.register(start.body.options, 'https://steady.evil.example'),
    });
    expect(phishing.status).toBe(400);
    expect(phishing.body.errors[0].field).toBe('credential');
    // The challenge was spent by that attempt.
    const again = await a.request('POST', '/api/v1/passkeys/registration/finish', { credential: device.register(start.body.options) });
    expect(again.status).toBe(400);
    const fresh = await a.request('POST', '/api/v1/passkeys/registration/start');
    const stolen = await b.request('POST', '/api/v1/passkeys/registration/finish', {
      credential: new SoftAuthenticator().register(fresh.body.options),
    });
    expect(stolen.status).toBe(400);
    expect(PasskeyList.parse((await b.request('GET', '/api/v1/passkeys')).body).items).toEqual([]);
  });

  it('asks a person with a passkey for it after the password, and a passkey assertion completes the login', async () => {
    const a = await signup(h.app);
    const { device } = await register(a);
    const first = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.user.email, password: PASSWORD } });
    const pending = SecondFactorRequired.parse(first.json());
    expect(pending.secondFactor.methods).toEqual(['passkey', 'recovery']);
    const options = pending.passkeyOptions as { challenge: string; allowCredentials: Array<{ id: string }> };
    expect(options.allowCredentials.map((c) => c.id)).toEqual([device.id]);
    // Another person's passkey is no answer to this person's second step.
    const b = await signup(h.app);
    const other = (await register(b)).device;
    const wrong = await post('/api/v1/auth/login/complete', { pendingToken: pending.pendingToken, passkey: other.assert(options) });
    expect(wrong.statusCode).toBe(400);
    const done = await post('/api/v1/auth/login/complete', { pendingToken: pending.pendingToken, passkey: device.assert(options) });
    expect(done.statusCode).toBe(200);
    expect(AuthResponse.parse(done.json()).user.id).toBe(a.user.id);
  });

  it('signs in with a passkey alone, needing the device’s own check, once per challenge', async () => {
    const a = await signup(h.app);
    const { device } = await register(a);
    const start = PasskeyLoginStart.parse((await post('/api/v1/auth/passkey/start')).json());
    const options = start.options as { challenge: string; allowCredentials?: unknown[]; userVerification: string };
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.userVerification).toBe('required');

    const unverified = await post('/api/v1/auth/passkey/finish', {
      loginToken: start.loginToken,
      credential: device.assert(options, { verified: false }),
    });
    expect(unverified.statusCode).toBe(401);

    const next = PasskeyLoginStart.parse((await post('/api/v1/auth/passkey/start')).json());
    const credential = device.assert(next.options as { challenge: string });
    const ok = await post('/api/v1/auth/passkey/finish', { loginToken: next.loginToken, credential });
    expect(ok.statusCode).toBe(200);
    const session = clientFrom(h.app, ok);
    expect(session.user.id).toBe(a.user.id);
    expect((await session.request('GET', '/api/v1/me')).status).toBe(200);
    expect((await post('/api/v1/auth/passkey/finish', { loginToken: next.loginToken, credential })).statusCode).toBe(401);

    // An unknown passkey is told the same as any other failure.
    const stranger = PasskeyLoginStart.parse((await post('/api/v1/auth/passkey/start')).json());
    const unknown = await post('/api/v1/auth/passkey/finish', {
      loginToken: stranger.loginToken,
      credential: new SoftAuthenticator().assert(stranger.options as { challenge: string }),
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().title).toBe(unverified.json().title);
    const list = PasskeyList.parse((await a.request('GET', '/api/v1/passkeys')).body);
    expect(list.items[0]!.lastUsedAt).not.toBeNull();
  });

  it('limits passkey sign-in starts per address, with Retry-After, under a key that holds no address', async () => {
    const from = (remoteAddress: string) => h.app.inject({ method: 'POST', url: '/api/v1/auth/passkey/start', remoteAddress });
    const challenges = async () =>
      (await h.database.db.selectFrom('auth_challenges').select('kind').where('kind', '=', 'passkey-login').execute()).length;
    const before = await challenges();
    const answers = await Promise.all(Array.from({ length: 40 }, () => from('198.51.100.200')));
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(PASSKEY_START_LIMIT);
    const refused = answers.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(40 - PASSKEY_START_LIMIT);
    expect(refused[0]!.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(0);
    // Refused starts leave no challenge behind.
    expect((await challenges()) - before).toBe(PASSKEY_START_LIMIT);
    // Another address has its own budget, and the window ends.
    expect((await from('198.51.100.201')).statusCode).toBe(200);
    h.clock.advance(15 * 60 * 1000);
    expect((await from('198.51.100.200')).statusCode).toBe(200);
    const keys = (await h.database.db.selectFrom('login_failures').select('key').execute()).map((r) => r.key);
    expect(keys.filter((k) => k.includes('198.51.100.'))).toEqual([]);
  });

  it('renames and removes passkeys for their owner only; a stranger gets 404 like a missing id', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    await register(a);
    const [mine] = PasskeyList.parse((await a.request('GET', '/api/v1/passkeys')).body).items;
    const missing = '00000000-0000-4000-8000-000000000000';
    const strangerRename = await b.request('PATCH', `/api/v1/passkeys/${mine!.id}`, { name: 'Taken' });
    const missingRename = await b.request('PATCH', `/api/v1/passkeys/${missing}`, { name: 'Taken' });
    expect(strangerRename.status).toBe(404);
    expect(strangerRename.body).toEqual(missingRename.body);
    expect((await b.request('DELETE', `/api/v1/passkeys/${mine!.id}`, { password: PASSWORD })).status).toBe(404);

    const renamed = await a.request('PATCH', `/api/v1/passkeys/${mine!.id}`, { name: '  Work phone ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Work phone');
    expect((await a.request('PATCH', `/api/v1/passkeys/${mine!.id}`, { name: '' })).body.errors[0].field).toBe('name');

    expect((await a.request('DELETE', `/api/v1/passkeys/${mine!.id}`, { password: 'not the password' })).status).toBe(400);
    expect((await a.request('DELETE', `/api/v1/passkeys/${mine!.id}`, { password: PASSWORD })).status).toBe(204);
    // The last second factor gone: its recovery codes go too, and the password alone signs in.
    expect(TwoStepStatus.parse((await a.request('GET', '/api/v1/two-step')).body)).toMatchObject({ passkeys: 0, recoveryCodesLeft: 0 });
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.user.email, password: PASSWORD } });
    expect(AuthResponse.safeParse(login.json()).success).toBe(true);
  });

  it('answers 401 to anonymous callers, 400 naming the field for bad input, and never 500', async () => {
    for (const [method, url] of [
      ['POST', '/api/v1/passkeys/registration/start'],
      ['POST', '/api/v1/passkeys/registration/finish'],
      ['GET', '/api/v1/passkeys'],
      ['PATCH', '/api/v1/passkeys/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/v1/passkeys/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      expect((await h.app.inject({ method, url, payload: {} })).statusCode, url).toBe(401);
    }
    const a = await signup(h.app);
    const bad = await a.request('POST', '/api/v1/passkeys/registration/finish', { credential: { id: '***', type: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('credential.id');
    const garbage = await a.request('POST', '/api/v1/passkeys/registration/finish', {
      credential: {
        id: 'AAAA',
        rawId: 'AAAA',
        type: 'public-key',
        response: { clientDataJSON: 'bm90IGpzb24', attestationObject: 'AAAA' },
        clientExtensionResults: {},
      },
    });
    expect(garbage.status).toBe(400);
    const start = PasskeyLoginStart.parse((await post('/api/v1/auth/passkey/start')).json());
    const junk = await post('/api/v1/auth/passkey/finish', {
      loginToken: start.loginToken,
      credential: {
        id: 'AAAA',
        rawId: 'AAAA',
        type: 'public-key',
        response: { clientDataJSON: 'AAAA', authenticatorData: 'AAAA', signature: 'AAAA' },
        clientExtensionResults: {},
      },
    });
    expect(junk.statusCode).toBe(401);
  });

  it('removes passkeys with the account and keeps their keys out of the export', async () => {
    const a = await signup(h.app);
    const { device } = await register(a);
    const exported = JSON.stringify((await a.request('GET', '/api/v1/me/export')).body);
    expect(exported).not.toContain(device.id);
    expect((await a.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    const rows = await h.database.db.selectFrom('passkeys').selectAll().where('user_id', '=', a.user.id).execute();
    expect(rows).toEqual([]);
    const start = PasskeyLoginStart.parse((await post('/api/v1/auth/passkey/start')).json());
    const after = await post('/api/v1/auth/passkey/finish', {
      loginToken: start.loginToken,
      credential: device.assert(start.options as { challenge: string }),
    });
    expect(after.statusCode).toBe(401);
  });
});
