import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SECOND_FACTOR_REQUIRED } from '../../src/contracts/account/recovery.js';
import type * as Reset from '../../src/server/auth/reset.js';
import { issuePasswordReset } from '../../src/server/auth/reset.js';
import { dialects } from '../support/dialects.js';
import { harness, PASSWORD, signup, type Harness } from '../support/api.js';

// Stands in for an account with a second factor, until second factors exist: the hook answers yes.
vi.mock('../../src/server/auth/reset.js', async (original) => ({
  ...(await original<typeof Reset>()),
  requireSecondFactorForReset: () => Promise.resolve(true),
}));

describe.each(dialects())('a reset never gets past a second factor on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('refuses with second-factor-required, keeps the link, and leaves the password as it was', async () => {
    const me = await signup(h.app);
    const token = await issuePasswordReset(h.database, me.user.id, h.clock.now);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, newPassword: 'a long new passphrase here' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe(SECOND_FACTOR_REQUIRED);
    expect(await h.database.db.selectFrom('password_resets').select('user_id').where('user_id', '=', me.user.id).execute()).toHaveLength(1);
    expect((await me.request('GET', '/api/v1/me')).status).toBe(200);
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: PASSWORD } });
    expect(login.statusCode).toBe(200);
  });
});
