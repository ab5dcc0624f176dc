import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.js';
import { ApiError, setCsrfToken } from './client.js';
import { call, submitCall, urlOf } from './call.js';
import { clearOutbox, startOutbox } from '../offline/outbox.js';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

const ID = '0b6f3d4e-8a51-4c36-9d2e-5f7a1b2c3d4e';
let sent: Sent[];
let answer: () => Response;

beforeEach(() => {
  sent = [];
  answer = () => Response.json({});
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    });
    return answer();
  });
  setCsrfToken('csrf-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the typed client', () => {
  it('fills and encodes path parameters from the route table', async () => {
    answer = () => new Response(null, { status: 204 });
    await call('deletePerson', { params: { id: 'a b/c?' } });
    expect(sent[0]).toMatchObject({ url: '/api/v1/people/a%20b%2Fc%3F', method: 'DELETE' });
    expect(urlOf('checkPracticeDay', { params: { id: ID, day: '2026-12-04' } })).toBe(`/api/v1/practices/${ID}/days/2026-12-04`);
  });

  it('refuses to call a path with a parameter missing, rather than sending "undefined"', () => {
    expect(() => urlOf('getPerson', { params: {} })).toThrow(/"id"/);
  });

  it('serialises the defined query values only, repeating a key for a list', async () => {
    answer = () => Response.json({ items: [], nextCursor: null });
    await call('listUrges', { query: { limit: 20, cursor: null, from: undefined } });
    expect(sent[0]?.url).toBe('/api/v1/urges?limit=20');
    expect(urlOf('listUrges', { query: { from: '2026-12-01T00:00:00Z', to: '2026-12-04T00:00:00Z' } })).toBe(
      '/api/v1/urges?from=2026-12-01T00%3A00%3A00Z&to=2026-12-04T00%3A00%3A00Z',
    );
    expect(urlOf('listUrges', { query: { tag: ['a', 'b'] } })).toBe('/api/v1/urges?tag=a&tag=b');
    await call('listUrges');
    expect(sent[1]?.url).toBe('/api/v1/urges');
  });

  it('sends the body as JSON with the CSRF token and, for a create, an idempotency key', async () => {
    answer = () => Response.json({ person: { id: ID, name: 'Sam' } }, { status: 201 });
    await call('createPerson', { body: { name: 'Sam', closeness: 'close' } }, { idempotencyKey: 'key-1' });
    expect(sent[0]).toMatchObject({ url: '/api/v1/people', method: 'POST', body: { name: 'Sam' } });
    expect(sent[0]?.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'csrf-1', 'idempotency-key': 'key-1' });
  });

  it('asks in the language the person chose, so the words Steady itself sends back come in it', async () => {
    await i18n.changeLanguage('es');
    try {
      await call('getAgreement');
      expect(sent[0]?.headers['accept-language']).toBe('es');
    } finally {
      await i18n.changeLanguage('en');
    }
    await call('getAgreement');
    expect(sent[1]?.headers['accept-language']).toBe('en');
  });

  it('answers the 2xx body parsed, and nothing for a 204', async () => {
    answer = () => Response.json({ person: { id: ID, name: 'Sam' }, safety: { crisis: false } });
    const got = await call('getPerson', { params: { id: ID } });
    expect(got.person.name).toBe('Sam');
    expect(got.safety.crisis).toBe(false);
    answer = () => new Response(null, { status: 204 });
    expect(await call('deletePerson', { params: { id: ID } })).toBeUndefined();
  });

  it('turns a problem+json answer into ApiError with the fields it names', async () => {
    answer = () =>
      Response.json(
        {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          detail: 'Please check the name.',
          errors: [{ field: 'name', in: 'body', message: 'Too long' }],
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      );
    const err = await call('createPerson', { body: { name: 'x'.repeat(500), closeness: 'close' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).fieldErrors).toEqual({ name: 'Too long' });
  });

  it('sends a create through the outbox: straight away when online, under its own idempotency key', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    await startOutbox('user-1');
    answer = () => Response.json({ entry: { id: ID }, safety: { crisis: false } }, { status: 201 });
    const got = await submitCall('createJournalEntry', { body: { text: 'A calm morning' } }, { resultKey: 'entry' });
    expect(got).toEqual({ queued: false, data: { entry: { id: ID }, safety: { crisis: false } } });
    expect(sent[0]).toMatchObject({ url: '/api/v1/journal', method: 'POST', body: { text: 'A calm morning' } });
    expect(sent[0]?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await clearOutbox();
  });
});
