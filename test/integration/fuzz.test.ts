import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';

interface Operation {
  method: string;
  path: string;
  operationId: string;
  fields: string[];
  queryNames: string[];
}

/** Every operation in the OpenAPI document, with the names its body and query know. */
function operations(doc: any): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const schema = op.requestBody?.content?.['application/json']?.schema ?? {};
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        fields: Object.keys(schema.properties ?? {}),
        queryNames: (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name),
      });
    }
  }
  return out;
}

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    true,
    '',
    '0',
    -1,
    1e308,
    '2026-13-45T99:99:99Z',
    '../../etc/passwd',
    "'; drop table users; --",
    '\u0000',
    'x'.repeat(30_000),
  ),
);

describe.each(dialects())('generated input on %s never produces a 5xx', (kind) => {
  let h: Harness;
  let me: Client;
  let ops: Operation[];
  let realId: string;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    realId = (await me.request('POST', '/api/v1/journal', { text: 'a real entry' })).body.entry.id;
    ops = operations((await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()).filter(
      // streamEvents never ends by itself (test/integration/events.test.ts covers it over real HTTP).
      (o) => o.operationId !== 'logout' && o.operationId !== 'deleteMe' && o.operationId !== 'streamEvents',
    );
  });
  afterAll(async () => h.close());

  it('covers the whole API', () => {
    expect(ops.length).toBeGreaterThanOrEqual(15);
  });

  it('holds for bodies, params and query strings thrown at every route, signed in and anonymous', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.oneof(fc.constant(undefined), anyValue, fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 5 })),
        fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 6 }),
        fc.oneof(fc.constant(realId), fc.uuid(), fc.string({ unit: 'binary', maxLength: 60 })),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 3 }),
        fc.boolean(),
        async (op, freeBody, fieldValues, id, query, signedIn) => {
          // Half the bodies use the operation's own field names, so validation sees near-misses too.
          const named = Object.fromEntries(op.fields.map((f, i) => [f, Object.values(fieldValues)[i]]).filter(([, v]) => v !== undefined));
          const body = op.fields.length && Object.keys(named).length ? named : freeBody;
          const qs = new URLSearchParams();
          for (const [k, v] of Object.entries(query))
            qs.append(op.queryNames.length && k.length % 2 ? op.queryNames[k.length % op.queryNames.length]! : k, v);
          const url = op.path.replace('{id}', encodeURIComponent(id)) + (qs.size ? `?${qs}` : '');
          const res = await h.app.inject({
            method: op.method as 'GET',
            url,
            headers: signedIn
              ? { cookie: me.cookie, 'x-csrf-token': me.csrf, 'content-type': 'application/json' }
              : { 'content-type': 'application/json' },
            ...(op.method !== 'GET' && body !== undefined && { payload: JSON.stringify(body) }),
          });
          expect(res.statusCode, `${op.method} ${url} -> ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds for raw, non-JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops.filter((o) => o.method !== 'GET')),
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'),
        async (op, raw, type) => {
          const res = await h.app.inject({
            method: op.method as 'POST',
            url: op.path.replace('{id}', realId),
            headers: { cookie: me.cookie, 'x-csrf-token': me.csrf, 'content-type': type },
            payload: raw,
          });
          expect(res.statusCode, `${op.method} ${op.path} ${type}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
