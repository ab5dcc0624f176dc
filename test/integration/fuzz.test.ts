import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRuns, requests, send } from '../attack/fuzz.js';
import { setUp, type Setup } from '../attack/matrix.js';
import { operationsOf } from '../attack/openapi.js';
import { dialects } from '../support/dialects.js';
import { harness, type Harness } from '../support/api.js';

// CI sends 1,000 requests per database; `npm run attack:fuzz` sends 10,000 (FUZZ_RUNS).
const RUNS = fuzzRuns(1_000);

describe.each(dialects())('generated input on %s never produces a 5xx', (kind) => {
  let h: Harness;
  let doc: any;
  let s: Setup;
  beforeAll(async () => {
    h = await harness(kind);
    doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // One of everything, so the valid-ish requests reach real rows.
    s = await setUp(h.app, doc, h.clock.now);
  }, 120_000);
  afterAll(async () => h?.close());

  it('covers the whole API', () => {
    expect(operationsOf(doc).length).toBeGreaterThanOrEqual(100);
  });

  it(`holds for ${RUNS} requests built from each operation's schema with one thing broken, signed in and anonymous`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests(doc, s, h.clock.now), async (r) => {
        const verdict = await send(h.app, r);
        statuses.set(verdict.status, (statuses.get(verdict.status) ?? 0) + 1);
        expect(verdict.ok, verdict.why).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // Enough of them get past validation to reach the handlers and the database.
    const passed = [...statuses].filter(([st]) => st < 300).reduce((n, [, c]) => n + c, 0);
    expect(passed / RUNS).toBeGreaterThan(0.05);
  }, 600_000);

  it('holds for raw, non-JSON bodies', async () => {
    const ops = operationsOf(doc).filter((o) => o.method !== 'GET' && !['logout', 'deleteMe'].includes(o.operationId));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/vcard'),
        async (op, raw, type) => {
          const res = await h.app.inject({
            method: op.method as 'POST',
            url: op.path.replace('{id}', s.ids.journal!),
            headers: { cookie: s.owner.cookie, 'x-csrf-token': s.owner.csrf, 'content-type': type },
            payload: raw,
          });
          expect(res.statusCode, `${op.method} ${op.path} ${type}`).toBeLessThan(500);
        },
      ),
      { numRuns: Math.max(150, Math.round(RUNS / 10)) },
    );
  }, 600_000);
});
