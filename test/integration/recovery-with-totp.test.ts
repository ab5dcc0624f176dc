import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECOND_FACTOR_REQUIRED } from '../../src/contracts/account/recovery.js';
import { TotpSetup } from '../../src/contracts/account/two-step.js';
import { issuePasswordReset } from '../../src/server/auth/reset.js';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Harness } from '../support/api.js';

describe.each(dialects())('a reset link and an authenticator app together on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('asks for the app’s code (or a recovery code) before the link sets a password, and keeps the words', async () => {
    const me = await signup(h.app);
    await me.request('POST', '/api/v1/journal', { text: 'kept through every way back in' });
    const { secret } = TotpSetup.parse((await me.request('POST', '/api/v1/two-step/totp/setup')).body);
    const epoch = () => Math.floor(h.clock.now.getTime() / 1000);
    const confirmed = await me.request('POST', '/api/v1/two-step/totp/confirm', { code: await generate({ secret, epoch: epoch() }) });
    const codes = confirmed.body.recoveryCodes as string[];
    h.clock.advance(60_000);
    const token = await issuePasswordReset(h.database, me.user.id, h.clock.now);
    const reset = (body: object) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/complete',
        payload: { token, newPassword: 'a long new passphrase here', ...body },
      });
    const without = await reset({});
    expect(without.statusCode).toBe(403);
    expect(without.json().type).toBe(SECOND_FACTOR_REQUIRED);
    expect((await reset({ code: '000000' === (await generate({ secret, epoch: epoch() })) ? '111111' : '000000' })).statusCode).toBe(403);
    const ok = await reset({ code: codes[0] });
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name.endsWith('steady_session'))!;
    const journal = await h.app.inject({ method: 'GET', url: '/api/v1/journal', headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(JSON.stringify(journal.json())).toContain('kept through every way back in');
  });
});
