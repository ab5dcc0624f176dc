import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LOCK_SESSION_ENDED } from '../../src/contracts/account/app-lock.js';
import { AuthResponse, REAUTH_REQUIRED } from '../../src/contracts/account/auth.js';
import { PasskeyLoginStart } from '../../src/contracts/account/two-step.js';
import { PasskeyChallenge } from '../../src/contracts/account/webauthn.js';
import { UNLOCK_FAILURE_LIMIT } from '../../src/core/account/app-lock.js';
import { SESSION_FAILURE_LIMIT } from '../../src/core/account/throttle.js';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';

const PIN = '2468';
const MINUTE = 60_000;
const NO_REAUTH = { 'x-no-reauth': '1' };
type Options = { challenge: string; allowCredentials: Array<{ id: string }>; userVerification: string };

/** A passkey where only a PIN or the password worked before: the app lock and "confirm it's you" (issue 14.6, 14.8). */
describe.each(dialects())('passkeys in a signed-in session on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  async function withPasskey(): Promise<{ me: Client; device: SoftAuthenticator }> {
    const me = await signup(h.app);
    const device = new SoftAuthenticator();
    const start = await me.request('POST', '/api/v1/passkeys/registration/start');
    const finish = await me.request('POST', '/api/v1/passkeys/registration/finish', { credential: device.register(start.body.options) });
    expect(finish.status).toBe(201);
    return { me, device };
  }

  /** Another session of the same person, begun with the passkey (the password alone now needs a second step). */
  async function secondSession(device: SoftAuthenticator): Promise<Client> {
    const start = PasskeyLoginStart.parse((await h.app.inject({ method: 'POST', url: '/api/v1/auth/passkey/start' })).json());
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/passkey/finish',
      payload: { loginToken: start.loginToken, credential: device.assert(start.options as Options) },
    });
    expect(res.statusCode).toBe(200);
    return clientFrom(h.app, res);
  }

  async function challenge(c: Client, url: string): Promise<Options> {
    const res = await c.request('POST', url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { options } = PasskeyChallenge.parse(res.body);
    expect(options).not.toBeNull();
    return options as Options;
  }

  describe('opening the app lock', () => {
    const START = '/api/v1/app-lock/unlock/passkey';
    const unlock = (c: Client, body: object) => c.request('POST', '/api/v1/app-lock/unlock', body);

    async function locked(c: Client): Promise<void> {
      expect((await c.request('PUT', '/api/v1/app-lock', { pin: PIN, idleMinutes: 5 })).status).toBe(200);
      expect((await c.request('POST', '/api/v1/app-lock/lock')).status).toBe(204);
      expect((await c.request('GET', '/api/v1/journal')).status).toBe(423);
    }

    it('opens with the person’s own passkey, checked by the device, and offers nothing to someone without one', async () => {
      const { me, device } = await withPasskey();
      await locked(me);
      const options = await challenge(me, START);
      expect(options.allowCredentials.map((c) => c.id)).toEqual([device.id]);
      expect(options.userVerification).toBe('required');
      const ok = await unlock(me, { passkey: device.assert(options) });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(AuthResponse.parse(ok.body).user.id).toBe(me.user.id);
      expect((await me.request('GET', '/api/v1/journal')).status).toBe(200);
      expect((await me.request('GET', '/api/v1/session')).body.locked).toBe(false);

      const plain = await signup(h.app);
      await locked(plain);
      expect(PasskeyChallenge.parse((await plain.request('POST', START)).body)).toEqual({ options: null });
    });

    it('stays shut for another person’s passkey, an unchecked one, a replayed or stale challenge, and another session’s challenge', async () => {
      const { me, device } = await withPasskey();
      const other = await withPasskey();
      await locked(me);
      const refused = async (body: object, why: string) => {
        const res = await unlock(me, body);
        expect(res.status, why).toBe(400);
        expect(res.body.errors[0].field, why).toBe('passkey');
        expect((await me.request('GET', '/api/v1/journal')).status, why).toBe(423);
        // Each failure was one of this session's few; a right PIN starts the count again.
        expect((await unlock(me, { pin: PIN })).status).toBe(200);
        await me.request('POST', '/api/v1/app-lock/lock');
      };

      await refused({ passkey: other.device.assert(await challenge(me, START)) }, 'someone else’s passkey over my challenge');
      await refused({ passkey: other.device.assert(await challenge(other.me, START)) }, 'someone else’s passkey over their own challenge');
      await refused({ passkey: device.assert(await challenge(me, START), { verified: false }) }, 'no PIN or biometric on the device');

      const spent = device.assert(await challenge(me, START));
      expect((await unlock(me, { passkey: spent })).status).toBe(200);
      await me.request('POST', '/api/v1/app-lock/lock');
      await refused({ passkey: spent }, 'a replayed answer');

      const old = await challenge(me, START);
      h.clock.advance(6 * MINUTE);
      await refused({ passkey: device.assert(old) }, 'a challenge older than five minutes');

      const laptop = await secondSession(device);
      await refused({ passkey: device.assert(await challenge(laptop, START)) }, 'a challenge my other session was given');
    });

    it(`counts a failed passkey with wrong PINs: the ${UNLOCK_FAILURE_LIMIT}th ends only that session`, async () => {
      const { me, device } = await withPasskey();
      await locked(me);
      const laptop = await secondSession(device);
      await laptop.request('POST', '/api/v1/app-lock/lock');
      for (let i = 0; i < UNLOCK_FAILURE_LIMIT - 1; i++) expect((await unlock(me, { pin: '0000' })).status).toBe(400);
      const last = await unlock(me, { passkey: device.assert(await challenge(me, START), { verified: false }) });
      expect(last.status).toBe(401);
      expect(last.body.type).toBe(APP_LOCK_SESSION_ENDED);
      expect((await me.request('GET', '/api/v1/session')).body.user).toBeNull();
      // The other session is untouched by this one's failures, and its passkey opens it.
      const open = await unlock(laptop, { passkey: device.assert(await challenge(laptop, START)) });
      expect(open.status).toBe(200);
    });

    it('answers 401 to anonymous callers and 400 naming the field for bad input', async () => {
      expect((await h.app.inject({ method: 'POST', url: START })).statusCode).toBe(401);
      const { me, device } = await withPasskey();
      await locked(me);
      const options = await challenge(me, START);
      for (const [body, field] of [
        [{}, 'pin'],
        [{ pin: PIN, passkey: device.assert(options) }, 'pin'],
        [{ passkey: { id: '***', type: 'public-key' } }, 'passkey.id'],
        [{ passkey: { ...device.assert(options), type: 'password' } }, 'passkey.type'],
      ] as const) {
        const res = await unlock(me, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      // A signature over nothing Steady asked is refused like any wrong passkey, never a 500.
      const junk = {
        id: device.id,
        rawId: device.id,
        type: 'public-key',
        response: { clientDataJSON: 'AAAA', authenticatorData: 'AAAA', signature: 'AAAA' },
        clientExtensionResults: {},
      };
      expect((await unlock(me, { passkey: junk })).body.errors[0].field).toBe('passkey');
    });
  });

  describe('confirming it’s you', () => {
    const START = '/api/v1/auth/reauth/passkey';
    const reauth = (c: Client, body: object) => c.request('POST', '/api/v1/auth/reauth', body);
    const exportStatus = async (c: Client) => (await c.request('GET', '/api/v1/me/export', undefined, NO_REAUTH)).status;

    it('lets the export through for a few minutes after the person’s own passkey, as after the password', async () => {
      const { me, device } = await withPasskey();
      h.clock.advance(11 * MINUTE);
      const asked = await me.request('GET', '/api/v1/me/export', undefined, NO_REAUTH);
      expect(asked.status).toBe(403);
      expect(asked.body.type).toBe(REAUTH_REQUIRED);
      const options = await challenge(me, START);
      expect(options.allowCredentials.map((c) => c.id)).toEqual([device.id]);
      expect(options.userVerification).toBe('required');
      expect((await reauth(me, { passkey: device.assert(options) })).status).toBe(204);
      expect(await exportStatus(me)).toBe(200);
      h.clock.advance(11 * MINUTE);
      expect(await exportStatus(me)).toBe(403);

      const plain = await signup(h.app);
      expect(PasskeyChallenge.parse((await plain.request('POST', START)).body)).toEqual({ options: null });
    });

    it('refuses another person’s passkey, an unchecked one, a replayed or stale challenge, and another session’s challenge', async () => {
      const { me, device } = await withPasskey();
      const other = await withPasskey();
      const laptop = await secondSession(device);
      h.clock.advance(11 * MINUTE);
      const refused = async (body: object, why: string) => {
        const res = await reauth(me, body);
        expect(res.status, why).toBe(400);
        expect(res.body.errors[0].field, why).toBe('passkey');
        expect(await exportStatus(me), why).toBe(403);
      };
      await refused({ passkey: other.device.assert(await challenge(me, START)) }, 'someone else’s passkey over my challenge');
      await refused({ passkey: other.device.assert(await challenge(other.me, START)) }, 'someone else’s passkey over their own challenge');
      await refused({ passkey: device.assert(await challenge(me, START), { verified: false }) }, 'no PIN or biometric on the device');
      await refused({ passkey: device.assert(await challenge(laptop, START)) }, 'a challenge my other session was given');
      const old = await challenge(me, START);
      h.clock.advance(6 * MINUTE);
      await refused({ passkey: device.assert(old) }, 'a challenge older than five minutes');

      const spent = device.assert(await challenge(me, START));
      expect((await reauth(me, { passkey: spent })).status).toBe(204);
      h.clock.advance(11 * MINUTE);
      await refused({ passkey: spent }, 'a replayed answer');
      // The other session confirmed nothing by any of this.
      expect(await exportStatus(laptop)).toBe(403);
    });

    it('counts failed passkeys against the session’s budget it shares with the password, and no other session’s', async () => {
      const { me, device } = await withPasskey();
      const laptop = await secondSession(device);
      for (let i = 0; i < SESSION_FAILURE_LIMIT / 2; i++) {
        expect((await reauth(me, { passkey: device.assert(await challenge(me, START), { verified: false }) })).status).toBe(400);
        expect((await reauth(me, { password: 'not the password at all' })).status).toBe(400);
      }
      expect((await reauth(me, { password: PASSWORD })).status).toBe(429);
      expect((await reauth(me, { passkey: device.assert(await challenge(me, START)) })).status).toBe(429);
      expect((await reauth(laptop, { passkey: device.assert(await challenge(laptop, START)) })).status).toBe(204);
    });

    it('answers 401 to anonymous callers, 423 while locked, and 400 naming the field for bad input', async () => {
      expect((await h.app.inject({ method: 'POST', url: START })).statusCode).toBe(401);
      const { me, device } = await withPasskey();
      const options = await challenge(me, START);
      for (const [body, field] of [
        [{}, 'password'],
        [{ password: PASSWORD, passkey: device.assert(options) }, 'password'],
        [{ passkey: device.assert(options), code: '123456' }, 'code'],
        [{ passkey: { id: '***', type: 'public-key' } }, 'passkey.id'],
        [{ passkey: { ...device.assert(options), response: 'signed' } }, 'passkey.response'],
      ] as const) {
        const res = await reauth(me, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await me.request('PUT', '/api/v1/app-lock', { pin: PIN, idleMinutes: 5 })).status).toBe(200);
      await me.request('POST', '/api/v1/app-lock/lock');
      expect((await me.request('POST', START)).status).toBe(423);
    });
  });
});
