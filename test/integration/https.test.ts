import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, PASSWORD, type Harness } from '../support/api.js';

/** Behind a proxy on this machine that terminates HTTPS (TRUST_PROXY=1), as the README sets it up. */
const viaHttps = { 'x-forwarded-proto': 'https' };

describe.each(dialects())('HTTPS done right on %s (issue 14.5)', (kind) => {
  let h: Harness;
  let plain: Harness;
  beforeAll(async () => {
    h = await harness(kind, { trustProxy: ['127.0.0.1', '::1'], publicUrl: 'https://steady.example.org/' });
    plain = await harness(kind);
  });
  afterAll(async () => {
    await h.close();
    await plain.close();
  });

  async function signupOver(headers: Record<string, string>) {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers,
      payload: {
        email: `https-${Math.random().toString(36).slice(2)}@example.org`,
        password: PASSWORD,
        displayName: 'Ana',
        timeZone: 'Europe/London',
        region: 'GB',
      },
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name.endsWith('steady_session'))!;
    return { cookie, csrf: res.json().csrfToken as string };
  }

  it('sends HSTS over HTTPS only', async () => {
    const secure = await h.app.inject({ method: 'GET', url: '/api/health', headers: viaHttps });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    const insecure = await plain.app.inject({ method: 'GET', url: '/api/health' });
    expect(insecure.headers['strict-transport-security']).toBeUndefined();
    // A forwarded proto from someone who is not the proxy changes nothing.
    const forged = await plain.app.inject({ method: 'GET', url: '/api/health', headers: viaHttps });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it('over HTTPS accepts only the __Host- session cookie', async () => {
    const { cookie, csrf } = await signupOver(viaHttps);
    expect(cookie.name).toBe('__Host-steady_session');
    const me = (name: string) =>
      h.app.inject({ method: 'GET', url: '/api/v1/me', headers: { ...viaHttps, cookie: `${name}=${cookie.value}`, 'x-csrf-token': csrf } });
    expect((await me('__Host-steady_session')).statusCode).toBe(200);
    // The same token in a plain cookie (planted over HTTP or by a sibling subdomain) is not a session.
    expect((await me('steady_session')).statusCode).toBe(401);
  });

  it('writes links from PUBLIC_URL, never from a forwarded or forged Host', async () => {
    const { cookie, csrf } = await signupOver(viaHttps);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/token',
      headers: {
        ...viaHttps,
        cookie: `${cookie.name}=${cookie.value}`,
        'x-csrf-token': csrf,
        'x-forwarded-host': 'evil.example',
        host: 'evil.example',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(/^https:\/\/steady\.example\.org\/api\/v1\/calendar\/[^/]+\.ics$/);
  });
});
