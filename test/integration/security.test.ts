import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Harness } from '../support/api.js';

describe.each(dialects())('security on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('sends security headers everywhere and no-store on the API', async () => {
    for (const url of ['/api/health', '/api/v1/journal', '/api/v1/nope']) {
      const r = await h.app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers 401 problem+json to anonymous callers on every operation that is not public', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // getCalendarFeed: calendar apps fetch it without a cookie; the secret token in its address is the key.
    // The feedback form and its answer: whoever holds a one-time link answers it without an account.
    // Recovery is for someone who cannot sign in: asking for a link, and using it.
    const open = new Set([
      'requestPasswordReset',
      'resetPassword',
      'getHealth',
      'signup',
      // Finishing a mailed sign-up: the link's token stands in for the session that does not exist yet.
      'confirmSignup',
      'login',
      // The second step and passkey sign-in: a pending-login or challenge token stands in for the session.
      'completeLogin',
      'startPasskeyLogin',
      'finishPasskeyLogin',
      'getCrisisResources',
      // Where the quick exit goes: asked on a locked screen and before sign-in, where the control also is.
      'getQuickExit',
      'getSession',
      'getCalendarFeed',
      'answerFeedback',
      'getFeedbackForm',
      'submitFeedbackForm',
    ]);
    let checked = 0;
    for (const [path, item] of Object.entries<Record<string, { operationId: string }>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (open.has(op.operationId)) continue;
        const url = path.replace('{id}', '00000000-0000-4000-8000-000000000000');
        const r = await h.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          payload: method === 'get' ? undefined : { anything: 1 },
        });
        expect(r.statusCode, op.operationId).toBe(401);
        expect(r.headers['content-type'], op.operationId).toContain('application/problem+json');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  it('reports health with the database kind', async () => {
    const r = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.json()).toEqual({
      status: 'ok',
      database: kind,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      // vitest imports the TypeScript; the built server answers 'compiled' (e2e/pwa.spec.ts).
      runtime: 'sources',
    });
  });

  it('serves crisis lines to anyone, by region, with a directory everywhere else', async () => {
    const us = (await h.app.inject({ method: 'GET', url: '/api/v1/crisis-resources?region=US' })).json();
    expect(us.resources.some((r: { phone?: string; sms?: string }) => r.phone === '988' && r.sms === '988')).toBe(true);
    expect(us.resources.some((r: { sms?: string }) => r.sms === '741741')).toBe(true);
    for (const region of ['GB', 'ie']) {
      const r = (await h.app.inject({ method: 'GET', url: `/api/v1/crisis-resources?region=${region}` })).json();
      expect(r.resources.some((x: { phone?: string }) => x.phone === '116 123')).toBe(true);
    }
    const mx = (await h.app.inject({ method: 'GET', url: '/api/v1/crisis-resources?region=MX' })).json();
    expect(mx.emergency).toBe('911');
    expect(mx.resources[0]).toMatchObject({ phone: '800 911 2000', languages: ['es'], checked: '2026-12-03', source: expect.any(String) });
    const mn = (await h.app.inject({ method: 'GET', url: '/api/v1/crisis-resources?region=MN' })).json();
    expect(mn.resources).toHaveLength(1);
    expect(mn.resources[0].url).toMatch(/^https:\/\//);
    expect(mn.emergency).toMatch(/emergency/);
    const bad = await h.app.inject({ method: 'GET', url: '/api/v1/crisis-resources?region=Narnia' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('region');
  });

  it('checks text for crisis language without storing it', async () => {
    const me = await signup(h.app);
    expect((await me.request('POST', '/api/v1/safety/check', { text: 'everyone would be better off without me' })).body).toEqual({
      crisis: true,
    });
    expect((await me.request('POST', '/api/v1/safety/check', { text: 'this deadline is killing me' })).body).toEqual({ crisis: false });
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/safety/check', payload: { text: 'x' } })).statusCode).toBe(401);
    expect((await me.request('POST', '/api/v1/safety/check', { text: 5 })).body.errors[0].field).toBe('text');
  });

  it('never writes entry text, passwords, emails, tokens or cookies to the log', async () => {
    const canary = {
      email: 'canary-mail-7Q2@example.org',
      password: 'canary-password-9XK-long',
      text: 'canary-entry-text-4ZP',
      tag: 'canary-tag-8MM',
      name: 'canary-name-5TT',
    };
    const su = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: canary.email, password: canary.password, displayName: canary.name, timeZone: 'UTC', region: 'GB' },
    });
    const cookie = su.cookies[0]!;
    const csrf = su.json().csrfToken as string;
    const headers = { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': csrf };
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/v1/journal',
      headers,
      payload: { text: canary.text, tags: [canary.tag] },
    });
    await h.app.inject({ method: 'GET', url: `/api/v1/journal?tag=${canary.tag}`, headers });
    await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/journal/${created.json().entry.id}`,
      headers,
      payload: { text: canary.text + '-edited', mood: 'bad' },
    });
    await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: canary.email, password: canary.password + 'x' } });
    await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: canary.email, password: canary.password } });
    await h.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: canary.email } });
    await h.app.inject({ method: 'POST', url: '/api/v1/safety/check', headers, payload: { text: canary.text } });
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/journal',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: `{"text":"${canary.text}`,
    });
    await h.app.inject({ method: 'DELETE', url: '/api/v1/me', headers, payload: { password: canary.password } });

    const log = h.logs.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toContain('"route":"/api/v1/journal"');
    for (const secret of [...Object.values(canary), cookie.value, csrf]) expect(log).not.toContain(secret);
  });
});
