import fc from 'fast-check';
import type { App } from '../../src/server/types.js';
import { namedValue, type Setup } from './matrix.js';
import { build, operationsOf, resolver, type Operation } from './openapi.js';

/**
 * Generated requests for every operation in the served OpenAPI document: most are a valid body with
 * one field broken (so validation is passed everywhere but one place, and the handler runs), the
 * rest junk, odd addresses and odd query strings. FUZZ_RUNS sets how many (npm run attack:fuzz).
 */

export const junk = fc.oneof(
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
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    1e308,
    '2026-13-45T99:99:99Z',
    '2026-02-30',
    '9999-12-31T23:59:59.999Z',
    '0000-01-01',
    '../../etc/passwd',
    "'; drop table users; --",
    '\u0000',
    '\ud800',
    'x'.repeat(30_000),
    [],
    {},
    { __proto__: { admin: true } },
  ),
);

/** A few of the ways an address goes wrong; none may reach a 5xx or echo the address back. */
const oddSegment = fc.oneof(
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 60 }).map(encodeURIComponent),
  fc.constantFrom('%', '%zz', '%00', '%E0%A4%A', '..', '.%2e', 'a'.repeat(5_000), '00000000-0000-0000-0000-000000000000', '-1', '1e99'),
);

export interface Request {
  op: Operation;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** A value generated into the address, looked for in the answer. */
  echo?: string;
}

/** Arbitrary requests over every operation; `ids` are real rows, so valid-ish requests reach them. */
export function requests(doc: any, s: Setup, now: Date): fc.Arbitrary<Request> {
  const resolve = resolver(doc);
  const ops = operationsOf(doc).filter(
    // streamEvents never ends by itself (events.test.ts covers it over real HTTP); the other two end
    // the session the run uses.
    (o) => !['logout', 'deleteMe', 'streamEvents'].includes(o.operationId),
  );
  const valid = (op: Operation) =>
    op.body ? build(op.body, { resolve, now, text: (path) => `fuzz ${path.join('.')}`, named: (n) => namedValue(n, s, now) }) : undefined;

  const broken = fc.record({ pick: fc.nat(), value: junk, how: fc.constantFrom('replace', 'remove', 'extra', 'whole') });
  return fc
    .record({
      op: fc.constantFrom(...ops),
      body: fc.oneof({ weight: 3, arbitrary: broken }, { weight: 1, arbitrary: fc.record({ raw: junk }) }),
      idKind: fc.constantFrom('real', 'real', 'random', 'odd'),
      odd: oddSegment,
      query: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), oddSegment), {
        maxKeys: 3,
      }),
      useQueryNames: fc.boolean(),
      signedIn: fc.constantFrom(true, true, true, false),
    })
    .map(({ op, body, idKind, odd, query, useQueryNames, signedIn }): Request => {
      let payload: unknown = valid(op);
      if ('raw' in body) payload = body.raw;
      else if (payload && typeof payload === 'object') payload = breakOne(payload, body.pick, body.value, body.how);
      else if (body.how !== 'remove') payload = body.value;
      let echo: string | undefined;
      let url = op.path;
      for (const p of op.pathParams) {
        // The run's own session is never revoked: every request after it would be anonymous.
        const real =
          p === 'id' && op.operationId !== 'revokeSession'
            ? s.ids[kindBefore(op.path)]
            : p === 'day'
              ? now.toISOString().slice(0, 10)
              : p === 'month'
                ? now.toISOString().slice(0, 7)
                : undefined;
        const v = idKind === 'real' && real ? encodeURIComponent(real) : idKind === 'random' ? crypto.randomUUID() : odd;
        if (idKind === 'odd' && v.length >= 12) echo = v;
        url = url.replace(`{${p}}`, v);
      }
      const qs = Object.entries(query)
        .map(([k, v], i) => {
          const name = useQueryNames && op.queryParams.length ? op.queryParams[i % op.queryParams.length]!.name : k;
          return `${encodeURIComponent(name)}=${v.includes('%') ? v : encodeURIComponent(v)}`;
        })
        .join('&');
      if (qs) url += `?${qs}`;
      const who: Record<string, string> = signedIn ? { cookie: s.owner.cookie, 'x-csrf-token': s.owner.csrf } : {};
      const sendsBody = op.method !== 'GET' && payload !== undefined;
      return {
        op,
        method: op.method,
        url,
        headers: { ...who, ...(sendsBody && { 'content-type': 'application/json' }) },
        ...(sendsBody && { payload: JSON.stringify(payload) }),
        ...(echo && { echo }),
      };
    });
}

function kindBefore(path: string): string {
  const segs = path.split('/');
  return segs[segs.indexOf('{id}') - 1] ?? '';
}

/** The same valid body with one field (at any depth) replaced, removed, or joined by an unknown one. */
function breakOne(value: unknown, pick: number, junkValue: unknown, how: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const holders: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        holders.push([v, i]);
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        holders.push([v as Record<string, unknown>, k]);
        walk(x);
      }
    }
  };
  walk(copy);
  if (how === 'whole' || !holders.length) return junkValue;
  const [holder, key] = holders[pick % holders.length]!;
  if (how === 'remove') {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete holder[key as string];
  } else if (how === 'extra' && !Array.isArray(holder)) holder[`x${pick % 97}`] = junkValue;
  else (holder as Record<string | number, unknown>)[key] = junkValue;
  return copy;
}

export interface Verdict {
  ok: boolean;
  why?: string;
}

/** No 5xx; every 4xx a problem+json that does not repeat the address it was sent to. */
export async function send(app: App, r: Request): Promise<Verdict & { status: number }> {
  const res = await app.inject({
    method: r.method as 'GET',
    url: r.url,
    headers: r.headers,
    ...(r.payload !== undefined && { payload: r.payload }),
  });
  const status = res.statusCode;
  const say = (why: string) => ({ ok: false, why: `${r.op.operationId} ${r.method} ${r.url.slice(0, 200)} -> ${status}: ${why}`, status });
  if (status >= 500) return say(res.body.slice(0, 300));
  if (status >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    // The feedback form is a page a person reads, so its refusals are HTML by design.
    if (!type.includes('application/problem+json') && !(r.op.path.startsWith('/f/') && type.includes('text/html')))
      return say(`a 4xx as ${type}`);
    if (res.body.includes(r.url) || (r.echo && res.body.includes(r.echo))) return say('the answer repeats the address');
  }
  return { ok: true, status };
}

export function fuzzRuns(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error('FUZZ_RUNS must be a whole number of requests');
  return n;
}
