import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountExport } from '../../src/contracts/account/export.js';
import { RecoveryCodesResult, TotpSetup } from '../../src/contracts/account/two-step.js';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';

/** The export says which second factors are on (issue 14.7), so a person moving servers knows what to set up again; never a secret. */
describe.each(dialects())('second factors in the export on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const exported = async (a: Client) => {
    const r = await a.request('GET', '/api/v1/me/export');
    expect(r.status).toBe(200);
    return { doc: AccountExport.parse(r.body), text: JSON.stringify(r.body) };
  };

  it('lists nothing for a person without them', async () => {
    const a = await signup(h.app);
    expect((await exported(a)).doc.secondFactors).toEqual({ totp: { on: false, since: null }, passkeys: [], recoveryCodesLeft: 0 });
  });

  it('names the authenticator app, each passkey and the recovery codes left, with no secret, key or code', async () => {
    const a = await signup(h.app);
    const setup = TotpSetup.parse((await a.request('POST', '/api/v1/two-step/totp/setup')).body);
    const epoch = Math.floor(h.clock.now.getTime() / 1000);
    const confirmed = await a.request('POST', '/api/v1/two-step/totp/confirm', { code: await generate({ secret: setup.secret, epoch }) });
    expect(confirmed.status).toBe(200);
    const codes = RecoveryCodesResult.parse(confirmed.body).recoveryCodes!;
    const totpOn = h.clock.now.toISOString();
    h.clock.advance(60_000);

    const device = new SoftAuthenticator();
    const start = await a.request('POST', '/api/v1/passkeys/registration/start');
    const credential = device.register(start.body.options);
    const added = await a.request('POST', '/api/v1/passkeys/registration/finish', { name: 'Kitchen tablet', credential });
    expect(added.status).toBe(201);

    const { doc, text } = await exported(a);
    expect(doc.secondFactors).toEqual({
      totp: { on: true, since: totpOn },
      passkeys: [{ name: 'Kitchen tablet', createdAt: h.clock.now.toISOString(), lastUsedAt: null }],
      recoveryCodesLeft: 10,
    });
    const stored = await h.database.db
      .selectFrom('passkeys')
      .select(['credential_id', 'public_key'])
      .where('user_id', '=', a.user.id)
      .execute();
    const secrets = [setup.secret, device.id, stored[0]!.credential_id, stored[0]!.public_key, ...codes];
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });
});
