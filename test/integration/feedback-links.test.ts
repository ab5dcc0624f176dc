import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';
import { addPerson } from '../support/social.js';

const DAY = 86_400_000;
let addressCounter = 0;

describe.each(dialects())('feedback links on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  /** A caller with no session from an address of its own, so one test's requests do not spend another's budget. */
  function visitor(address = `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`) {
    return async (method: 'GET' | 'POST', url: string, opts: { json?: unknown; form?: string; html?: boolean } = {}) => {
      const headers: Record<string, string> = {};
      if (opts.html) headers.accept = 'text/html,application/xhtml+xml';
      if (opts.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      const r = await h.app.inject({
        method,
        url,
        remoteAddress: address,
        headers,
        ...(opts.json !== undefined && { payload: opts.json as object }),
        ...(opts.form !== undefined && { payload: opts.form }),
      });
      return { status: r.statusCode, headers: r.headers, text: r.body, json: () => r.json() };
    };
  }

  async function linkFor(owner: Client, personId: string, body: unknown = {}) {
    const r = await owner.request('POST', `/api/v1/people/${personId}/feedback-links`, body);
    expect(r.status).toBe(201);
    const token = new URL(r.body.url).pathname.replace('/f/', '');
    return { ...r.body, token } as { id: string; url: string; expiresAt: string; token: string };
  }

  it('makes a one-time link with at least 128 random bits and keeps only its hash', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const link = await linkFor(me, person);
    expect(link.url).toMatch(/^http:\/\/[^/]+\/f\/[A-Za-z0-9_-]+$/);
    expect(Buffer.from(link.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(link.expiresAt).toBe(new Date(h.clock.now.getTime() + 14 * DAY).toISOString());
    const rows = await h.database.db.selectFrom('feedback_links').selectAll().where('id', '=', link.id).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(link.token);

    const other = await linkFor(me, person, { expiresInDays: 3 });
    expect(other.token).not.toBe(link.token);
    expect(other.expiresAt).toBe(new Date(h.clock.now.getTime() + 3 * DAY).toISOString());
    for (const expiresInDays of [0, 61, 1.5, '7']) {
      const bad = await me.request('POST', `/api/v1/people/${person}/feedback-links`, { expiresInDays });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('expiresInDays');
    }
    // No body at all means the default expiry.
    expect((await me.request('POST', `/api/v1/people/${person}/feedback-links`)).status).toBe(201);
  });

  it('says the asker enjoyed time together only when some was logged with this person', async () => {
    const me = await signup(h.app, { displayName: 'Avery' });
    const person = await addPerson(h, me);
    const before = await visitor()('GET', `/f/${(await linkFor(me, person)).token}`, { html: true });
    expect(before.status).toBe(200);
    expect(before.text).not.toMatch(/enjoyed|spending time/);
    expect(before.text).toContain('Avery would like to hear, in your own words, how things feel between the two of you.');
    const logged = await me.request('POST', '/api/v1/interactions', {
      personIds: [person],
      occurredAt: '2026-11-20T18:00:00Z',
      channel: 'call',
      initiatedBy: 'me',
      warmth: 4,
      support: 3,
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const after = await visitor()('GET', `/f/${(await linkFor(me, person)).token}`, { html: true });
    expect(after.text).toContain('Avery enjoyed spending time with you');
  });

  it('serves a small escaped HTML form that shows the display name and the questions, and nothing else about the asker', async () => {
    const me = await signup(h.app, { displayName: 'Avery <b>Quill</b>' });
    const person = await addPerson(h, me, 'Jordan Secretname');
    const link = await linkFor(me, person);
    const get = visitor();
    const page = await get('GET', `/f/${link.token}`, { html: true });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).toContain('Avery &lt;b&gt;Quill&lt;/b&gt;');
    expect(page.text).not.toContain('<b>Quill');
    expect(page.text).toContain('What felt supportive?');
    expect(page.text).toContain('What could be different');
    expect(page.text).toContain('Anything else');
    expect(page.text).toContain(`<form method="post" action="/f/${link.token}">`);
    expect(page.text).not.toMatch(/<script|style=|\son\w+=/i);
    for (const leak of [me.user.email, me.user.id, person, link.id, 'Jordan', 'Secretname', 'Europe/London', '@'])
      expect(page.text).not.toContain(leak);
  });

  it('speaks the visitor’s language, from their browser, on the form, its errors and the thanks', async () => {
    const me = await signup(h.app, { displayName: 'Avery' });
    const link = await linkFor(me, await addPerson(h, me));
    const address = `10.9.0.${++addressCounter % 250}`;
    const visit = (method: 'GET' | 'POST', form?: string) =>
      h.app.inject({
        method,
        url: `/f/${link.token}`,
        remoteAddress: address,
        headers: {
          accept: 'text/html',
          'accept-language': 'es-ES,es;q=0.9,en;q=0.8',
          ...(form !== undefined && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        ...(form !== undefined && { payload: form }),
      });
    const page = await visit('GET');
    expect(page.statusCode).toBe(200);
    expect(page.headers.vary).toContain('Accept-Language');
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('¿Qué te pareció un apoyo?');
    expect(page.body).not.toContain('What felt supportive?');
    const empty = await visit('POST', 'supportive=');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Escribe unas palabras sobre lo que te pareció un apoyo');
    const sent = await visit('POST', 'supportive=Gracias+por+el+paseo');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('<h1>Gracias</h1>');
    const closed = await visit('GET');
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('Este enlace está cerrado');
  });

  it('takes one answer as JSON without a session or CSRF token; a second answer is 410', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const link = await linkFor(me, person);
    const call = visitor();
    const first = await call('POST', `/api/v1/feedback/${link.token}`, {
      json: { supportive: 'You listened without rushing me', different: 'Maybe somewhere quieter' },
    });
    expect(first.status).toBe(201);
    expect(first.json()).toEqual({ safety: { crisis: false } });
    const second = await call('POST', `/api/v1/feedback/${link.token}`, { json: { supportive: 'again' } });
    expect(second.status).toBe(410);
    expect(second.headers['content-type']).toContain('application/problem+json');
    const closed = await call('GET', `/f/${link.token}`, { html: true });
    expect(closed.status).toBe(410);
    expect(closed.text).toContain('closed');

    const list = await me.request('GET', `/api/v1/people/${person}/feedback`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      {
        id: link.id,
        personId: person,
        status: 'answered',
        createdAt: h.clock.now.toISOString(),
        expiresAt: link.expiresAt,
        answeredAt: h.clock.now.toISOString(),
        answer: { supportive: 'You listened without rushing me', different: 'Maybe somewhere quieter', other: null, crisis: false },
      },
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/token|hash/i);
  });

  it('takes an answer from the plain HTML form (urlencoded) and thanks the writer', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const link = await linkFor(me, person);
    const call = visitor();
    const empty = await call('POST', `/f/${link.token}`, { form: 'supportive=++&different=keep+this', html: true });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('role="alert"');
    expect(empty.text).toContain('keep this');
    const noHtml = await call('POST', `/f/${link.token}`, { form: 'supportive=' });
    expect(noHtml.status).toBe(400);
    expect(noHtml.json().errors[0].field).toBe('supportive');

    const sent = await call('POST', `/f/${link.token}`, {
      form: 'supportive=The+walk+%26+the+tea&different=&other=%3Cthanks%3E',
      html: true,
    });
    expect(sent.status).toBe(200);
    expect(sent.headers['content-type']).toContain('text/html');
    expect(sent.text).toContain('Thank you');
    const again = await call('POST', `/f/${link.token}`, { form: 'supportive=twice', html: true });
    expect(again.status).toBe(410);
    const answer = (await me.request('GET', `/api/v1/people/${person}/feedback`)).body.items[0].answer;
    expect(answer).toEqual({ supportive: 'The walk & the tea', different: null, other: '<thanks>', crisis: false });
  });

  it('answers 404 to an unknown or malformed token, alike', async () => {
    const call = visitor();
    for (const token of ['A'.repeat(32), 'short', 'not-base64!*', 'x'.repeat(150)]) {
      const api = await call('POST', `/api/v1/feedback/${token}`, { json: { supportive: 'hi' } });
      expect(api.status, token).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
      const form = await call('GET', `/f/${token}`, { html: true });
      expect(form.status, token).toBe(404);
      expect(form.headers['content-type']).toContain('text/html');
      expect((await call('GET', `/f/${token}`)).headers['content-type']).toContain('application/problem+json');
    }
    const bad = await call('POST', `/api/v1/feedback/${'A'.repeat(32)}`, { json: { supportive: '' } });
    expect(bad.status).toBe(400);
    expect(bad.json().errors[0].field).toBe('supportive');
  });

  it('closes a link when it expires (410), and the owner sees it as expired', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const link = await linkFor(me, person, { expiresInDays: 1 });
    const call = visitor();
    expect((await call('GET', `/f/${link.token}`, { html: true })).status).toBe(200);
    h.clock.advance(DAY);
    expect((await call('GET', `/f/${link.token}`, { html: true })).status).toBe(410);
    expect((await call('POST', `/api/v1/feedback/${link.token}`, { json: { supportive: 'late' } })).status).toBe(410);
    const items = (await me.request('GET', `/api/v1/people/${person}/feedback`)).body.items;
    expect(items[0]).toMatchObject({ id: link.id, status: 'expired', answer: null });
  });

  it('flags an answer with crisis language to the owner and logs nothing of it', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const link = await linkFor(me, person);
    const words = 'honestly everyone would be better off without me canary-feedback-3QZ';
    const r = await visitor()('POST', `/api/v1/feedback/${link.token}`, { json: { supportive: 'It was fine', other: words } });
    expect(r.json()).toEqual({ safety: { crisis: true } });
    const answer = (await me.request('GET', `/api/v1/people/${person}/feedback`)).body.items[0].answer;
    expect(answer).toMatchObject({ other: words, crisis: true });
    const log = h.logs.join('');
    expect(log).not.toContain('canary-feedback-3QZ');
    expect(log).not.toContain(link.token);
  });

  it('limits the public form and answers to 30 requests per 10 minutes per address, with Retry-After', async () => {
    const call = visitor('10.99.0.1');
    for (let i = 0; i < 15; i++) {
      expect((await call('GET', `/f/unknown-${i}`)).status).toBe(404);
      expect((await call('POST', `/api/v1/feedback/unknown-${i}`, { json: { supportive: 'x' } })).status).toBe(404);
    }
    const limited = await call('POST', '/api/v1/feedback/unknown', { json: { supportive: 'x' } });
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const page = await call('GET', '/f/unknown', { html: true });
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['retry-after']).toBeDefined();
    // Another address has its own budget; the window ends after ten minutes.
    expect((await visitor('10.99.0.2')('GET', '/f/unknown')).status).toBe(404);
    h.clock.advance(10 * 60 * 1000);
    expect((await call('GET', '/f/unknown')).status).toBe(404);
  });

  it('counts parallel requests atomically, so a burst from one address gets no more than the limit', async () => {
    const call = visitor('10.99.1.1');
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => call('POST', `/api/v1/feedback/burst-${i}`, { json: { supportive: 'x' } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 404)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
  });

  it('answers 401 to anonymous owners and 404 to strangers and the partner on every link and person', async () => {
    const { a, b } = await linkedPair(h);
    const stranger = await signup(h.app);
    const person = await addPerson(h, a);
    const link = await linkFor(a, person);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await h.app.inject({ method: 'POST', url: `/api/v1/people/${person}/feedback-links`, payload: {} })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/people/${person}/feedback` })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/feedback-links/${link.id}` })).statusCode).toBe(401);
    for (const who of [b, stranger, a]) {
      const id = who === a ? missing : person;
      const linkId = who === a ? missing : link.id;
      expect((await who.request('POST', `/api/v1/people/${id}/feedback-links`, {})).status).toBe(404);
      expect((await who.request('GET', `/api/v1/people/${id}/feedback`)).status).toBe(404);
      expect((await who.request('DELETE', `/api/v1/feedback-links/${linkId}`)).status).toBe(404);
    }
    expect((await a.request('GET', '/api/v1/people/not-a-uuid/feedback')).body.errors[0].field).toBe('id');
    // Deleting a link closes it.
    expect((await a.request('DELETE', `/api/v1/feedback-links/${link.id}`)).status).toBe(204);
    expect((await visitor()('GET', `/f/${link.token}`, { html: true })).status).toBe(404);
    expect((await a.request('GET', `/api/v1/people/${person}/feedback`)).body.items).toEqual([]);
  });
});
