import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { linkedPair } from '../support/pair.js';

const INT32_MAX = 2 ** 31 - 1;

/** Every integer field of every operation's JSON body, from the served OpenAPI document. */
function integerBodyFields(doc: any): Array<{ method: string; path: string; field: string }> {
  const out: Array<{ method: string; path: string; field: string }> = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const props = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      for (const [field, schema] of Object.entries<any>(props)) {
        const types = [schema.type, ...(schema.anyOf ?? []).map((s: any) => s.type)];
        if (types.includes('integer')) out.push({ method: method.toUpperCase(), path, field });
      }
    }
  }
  return out;
}

/** A raw HTTP exchange, for what never reaches a route (the parser's own refusals). */
function raw(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(dialects())('every bad input is a clean 4xx on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('JSON nested thousands deep is refused as a 400 naming the body, cheaply', async () => {
    for (const depth of [10_000, 100_000]) {
      const deep = '['.repeat(depth) + ']'.repeat(depth);
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/journal',
        headers: { cookie: me.cookie, 'x-csrf-token': me.csrf, 'content-type': 'application/json' },
        payload: `{"text":"hello","tags":${deep}}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors[0]).toMatchObject({ field: 'body', in: 'body' });
    }
    // Ordinary nesting still goes through, and brackets inside words are only words.
    const ok = await me.request('POST', '/api/v1/journal', { text: 'nested enough', tags: ['a', 'b'] });
    expect(ok.status).toBe(201);
    const brackets = `a face like this: ${'[{'.repeat(200)} and a quote \\" [[[`;
    const written = await me.request('POST', '/api/v1/journal', { text: brackets });
    expect(written.status).toBe(201);
    expect(written.body.entry.text).toBe(brackets);
  });

  it('an integer beyond what the database stores is a 400 naming the field, on every operation that takes one', async () => {
    const { a } = await linkedPair(h);
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const fields = integerBodyFields(doc);
    expect(fields.length).toBeGreaterThan(10);
    for (const { method, path, field } of fields) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const value of [INT32_MAX + 1, -(INT32_MAX + 2), 1e300]) {
        const res = await a.request(method, url, { [field]: value });
        expect(res.status, `${method} ${path} ${field}=${value}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
        if (res.status === 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
    // The one found by the attack: accepting a stress plan with a version above 2³¹−1.
    const accept = await a.request('POST', '/api/v1/pair/stress-plan/accept', { version: INT32_MAX + 1 });
    expect(accept.status).toBe(400);
    expect(accept.body.errors).toEqual([expect.objectContaining({ field: 'version', in: 'body' })]);
    const query = await a.request('GET', `/api/v1/urges?limit=${INT32_MAX + 1}`);
    expect(query.status).toBe(400);
  });

  it('an Idempotency-Key used again with different words is a 422, and the new words are not lost silently', async () => {
    const headers = { 'idempotency-key': 'same-key-different-body' };
    const first = await me.request('POST', '/api/v1/journal', { text: 'the first words' }, headers);
    expect(first.status).toBe(201);
    const replay = await me.request('POST', '/api/v1/journal', { text: 'the first words' }, headers);
    expect(replay.status).toBe(201);
    expect(replay.body.entry.id).toBe(first.body.entry.id);
    const other = await me.request('POST', '/api/v1/journal', { text: 'different words' }, headers);
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(other.body)).not.toContain('different words');
    // Key order in the JSON is not a different request.
    const reordered = await me.request('POST', '/api/v1/journal', { tags: [], text: 'tags then text' }, { 'idempotency-key': 'k2' });
    const again = await me.request('POST', '/api/v1/journal', { text: 'tags then text', tags: [] }, { 'idempotency-key': 'k2' });
    expect(again.status).toBe(reordered.status);
    expect(again.body.entry.id).toBe(reordered.body.entry.id);
  });

  it('the server’s own refusals (bad URL, URL or headers too long) are problem+json and never echo the address', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const secret = 'canary-in-the-url';
    const cases: Array<{ path: string; headers: Record<string, string> }> = [
      { path: `/api/v1/journal/%E0%A4%A-${secret}`, headers: {} },
      { path: `/api/v1/journal/${secret}${'z'.repeat(300)}`, headers: {} },
      { path: `/api/v1/journal?${secret}=${'x'.repeat(100_000)}`, headers: {} },
      { path: '/api/v1/journal', headers: { 'x-big': `${secret}${'y'.repeat(100_000)}` } },
    ];
    for (const c of cases) {
      const res = await raw(port, c.path, c.headers);
      expect(res.status, c.path.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.type, c.path.slice(0, 40)).toMatch(/application\/problem\+json/);
      expect(JSON.parse(res.body)).toMatchObject({ status: res.status, title: expect.any(String) });
      expect(res.body).not.toContain(secret);
    }
  });
});
