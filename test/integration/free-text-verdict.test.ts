/**
 * The behavioural half of "every free-text field returns the verdict" (the contract half is
 * free-text-contract.test.ts). Walks the OpenAPI document the app serves: for every operation with
 * an `x-free-text` field, it builds a valid request from the JSON schema, writes a clear crisis
 * sentence into ONE marked field at a time and expects `safety.crisis === true`, then an ordinary
 * sentence and expects `false`, and reads the text back to see it was saved as written (saving is
 * never refused). Only ids and preconditions come from the table below; a marked operation the walk
 * cannot exercise fails the suite instead of being skipped.
 *
 * Where someone else's words sit next to the caller's (the partner's request context, note or
 * review answers), a third round puts the crisis sentence in the partner's words and the ordinary
 * one in the caller's: the verdict is about what the caller just wrote, never about the partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_TEXT } from '../../src/contracts/common.js';
import { detectCrisis } from '../../src/core/safety/crisis.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const CRISIS = 'i have been saving up my pills and tonight i want to end my life';
const ORDINARY = 'we walked along the river after work and talked about the weekend';
/** What the generator writes into required marked fields that are not the one under test. */
const FILLER = 'a cup of tea in the garden';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  [FREE_TEXT]?: boolean;
};
type Operation = {
  operationId: string;
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

interface Stage {
  h: Harness;
  /** The words someone other than the caller wrote in the setup (the partner's request context…). */
  prior: string;
}
interface Setup {
  caller: Client;
  /** Values for the path's {params}. */
  params?: Record<string, string>;
  /** Merged over the generated body (fields the precondition needs, e.g. action "parked"). */
  body?: Record<string, unknown>;
  /** Where the saved text can be read back, and by whom; null when nothing reads it back (with why). */
  read?: { url: string; as?: Client } | { none: string };
}
interface Override {
  setup(stage: Stage, target: string): Promise<Setup>;
  /** The setup holds words the caller did not write: run the third round (see the top). */
  othersWords?: boolean;
}

const alone = async ({ h }: Stage): Promise<Setup> => ({ caller: await signup(h.app) });
const inPair = async ({ h }: Stage): Promise<Setup> => ({ caller: (await linkedPair(h)).a });

async function created(c: Client, url: string, body: unknown, key: string): Promise<string> {
  const r = await c.request('POST', url, body);
  if (r.status !== 201) throw new Error(`setup ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body[key].id;
}

/** Parking an urge alone puts its words on the person's own reflection list, which is where they read back. */
const parking = (target: string): Partial<Setup> =>
  target.startsWith('body.park') ? { body: { action: 'parked' }, read: { url: '/api/v1/reflection-topics' } } : {};

const NOW = '2026-11-21T09:00:00.000Z';
const URGE = { occurredAt: NOW, intensity: 5, anxietyBefore: 5, triggers: ['late reply'], action: 'sought' };

/**
 * Preconditions, keyed by operationId. An operation with no path parameters and nothing to set up
 * is not listed: the generator alone exercises it, as a person on their own.
 */
const OVERRIDES: Record<string, Override> = {
  updateJournalEntry: {
    async setup({ h }) {
      const caller = await signup(h.app);
      return { caller, params: { id: await created(caller, '/api/v1/journal', { text: FILLER }, 'entry') } };
    },
  },
  createUrge: {
    async setup({ h }, target) {
      return { caller: await signup(h.app), ...parking(target) };
    },
  },
  updateUrge: {
    async setup({ h }, target) {
      const caller = await signup(h.app);
      const id = await created(caller, '/api/v1/urges', URGE, 'urge');
      return { caller, params: { id }, ...parking(target) };
    },
  },
  updateThoughtRecord: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const body = { occurredAt: NOW, situation: FILLER, automaticThought: FILLER, emotion: 'calm', emotionIntensity: 3 };
      return { caller, params: { id: await created(caller, '/api/v1/thought-records', body, 'thoughtRecord') } };
    },
  },
  updateCycleEvent: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const body = { occurredAt: NOW, stage: 'pursuit', actor: 'me', intensity: 3 };
      return { caller, params: { id: await created(caller, '/api/v1/cycle-events', body, 'event') } };
    },
  },
  updateSupportResource: {
    async setup({ h }) {
      const caller = await signup(h.app);
      return { caller, params: { id: await created(caller, '/api/v1/support-resources', { name: 'Clinic', kind: 'clinic' }, 'resource') } };
    },
  },
  proposeAgreement: {
    async setup(stage) {
      // A time zone and a rule are values the schema cannot describe beyond "a string".
      return { ...(await inPair(stage)), body: { timeZone: 'Europe/London', checkInRule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0' } };
    },
  },
  parkTopic: { setup: inPair },
  updateTopic: {
    async setup(stage) {
      const { caller } = await inPair(stage);
      return { caller, params: { id: await created(caller, '/api/v1/pair/topics', { text: FILLER, shared: true }, 'topic') } };
    },
  },
  completeCheckIn: {
    othersWords: true,
    async setup({ h, prior }) {
      const { a, b } = await linkedPair(h);
      // The partner's shared topic is discussed in the same check-in; its words are not the caller's.
      const topic = await created(b, '/api/v1/pair/topics', { text: prior, shared: true }, 'topic');
      const next = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
      const startsAt = new Date(next.startsAt);
      if (h.clock.now < startsAt) h.clock.now = startsAt;
      return {
        caller: a,
        params: { id: next.id },
        body: { discussedTopicIds: [topic] },
        // Completed check-ins are read back through the person's export.
        read: { url: '/api/v1/me/export' },
      };
    },
  },
  updateReflectionTopic: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const r = await caller.request('POST', '/api/v1/urges', { ...URGE, action: 'parked', wantedTo: FILLER });
      return { caller, params: { id: r.body.parkedTopic.id } };
    },
  },
  createReassuranceRequest: { setup: inPair },
  respondReassuranceRequest: {
    othersWords: true,
    async setup({ h, prior }) {
      const { a, b } = await linkedPair(h);
      const id = await created(a, '/api/v1/pair/requests', { context: prior }, 'request');
      return { caller: b, params: { id }, body: { response: 'accept' } };
    },
  },
  completeReassuranceRequest: {
    othersWords: true,
    async setup({ h, prior }) {
      const { a, b } = await linkedPair(h);
      const id = await created(a, '/api/v1/pair/requests', { context: FILLER }, 'request');
      const answered = await b.request('POST', `/api/v1/pair/requests/${id}/respond`, { response: 'accept', note: prior });
      if (answered.status !== 200) throw new Error(`setup respond: ${answered.status}`);
      return { caller: a, params: { id } };
    },
  },
  giveKudos: { setup: inPair },
  proposeStressPlan: { setup: inPair },
  createGoal: { setup: inPair },
  updateGoal: {
    othersWords: true,
    async setup({ h, prior }) {
      const { a, b } = await linkedPair(h);
      const id = await created(b, '/api/v1/goals', { title: FILLER, scope: 'joint', weekStart: '2026-11-16' }, 'goal');
      // The partner's own progress note on the joint goal.
      const noted = await b.request('PATCH', `/api/v1/goals/${id}`, { note: prior });
      if (noted.status !== 200) throw new Error(`setup note: ${noted.status}`);
      return { caller: a, params: { id }, read: { url: '/api/v1/goals?weekStart=2026-11-16' } };
    },
  },
  submitReview: {
    othersWords: true,
    async setup({ h, prior }) {
      const { a, b } = await linkedPair(h);
      const partner = await b.request('PUT', '/api/v1/reviews', {
        kind: 'weekly',
        periodStart: '2026-11-16',
        answers: [{ prompt: 'What went well?', text: prior }],
      });
      if (partner.status !== 200) throw new Error(`setup review: ${partner.status}`);
      return {
        caller: a,
        body: { kind: 'weekly', periodStart: '2026-11-16' },
        read: { url: '/api/v1/reviews?kind=weekly&periodStart=2026-11-16' },
      };
    },
  },
  updatePerson: {
    async setup({ h }) {
      const caller = await signup(h.app);
      return { caller, params: { id: await created(caller, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person') } };
    },
  },
  createInteraction: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const person = await created(caller, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person');
      return { caller, body: { personIds: [person] } };
    },
  },
  updateInteraction: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const person = await created(caller, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person');
      const body = { personIds: [person], occurredAt: NOW, channel: 'call', initiatedBy: 'me', warmth: 3, support: 3 };
      return { caller, params: { id: await created(caller, '/api/v1/interactions', body, 'interaction') } };
    },
  },
  updateInvitation: {
    async setup({ h }) {
      const caller = await signup(h.app);
      return { caller, params: { id: await created(caller, '/api/v1/invitations', { idea: 'walk', text: FILLER }, 'invitation') } };
    },
  },
  createDisclosure: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const person = await created(caller, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person');
      return { caller, params: { id: person } };
    },
  },
  updateDisclosure: {
    async setup({ h }) {
      const caller = await signup(h.app);
      const person = await created(caller, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person');
      const id = await created(caller, `/api/v1/people/${person}/disclosures`, { level: 'light', what: FILLER, comfort: 3 }, 'disclosure');
      return { caller, params: { id }, read: { url: `/api/v1/people/${person}/disclosures` } };
    },
  },
  answerFeedback: {
    async setup({ h }) {
      const owner = await signup(h.app);
      const person = await created(owner, '/api/v1/people', { name: 'Ana', closeness: 'close' }, 'person');
      const link = await owner.request('POST', `/api/v1/people/${person}/feedback-links`);
      if (link.status !== 201) throw new Error(`setup link: ${link.status}`);
      const token = new URL(link.body.url).pathname.replace('/f/', '');
      // The answer comes from someone without an account: the caller sends no cookie.
      const visitor: Client = { ...owner, cookie: '', csrf: '', user: owner.user };
      visitor.request = async (method, url, payload) => {
        const r = await h.app.inject({ method: method as 'POST', url, payload: payload as object });
        return { status: r.statusCode, body: r.json(), headers: r.headers };
      };
      return { caller: visitor, params: { token }, read: { url: `/api/v1/people/${person}/feedback`, as: owner } };
    },
  },
  putSocialReview: {
    async setup({ h }) {
      return { caller: await signup(h.app), params: { month: '2026-11' } };
    },
  },
  putWeeklyReflection: {
    async setup({ h }) {
      return { caller: await signup(h.app), params: { weekStart: '2026-11-16' } };
    },
  },
  checkText: {
    async setup(stage) {
      return { ...(await alone(stage)), read: { none: 'a check only, nothing is saved' } };
    },
  },
};

let doc: Doc;
const resolve = (s: Schema): Schema => (s.$ref ? (doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {}) : s);
const variantsOf = (s: Schema) => [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].map(resolve);
const isMarked = (s: Schema) => Boolean(s[FREE_TEXT]) || variantsOf(s).some((v) => v[FREE_TEXT]);

/** Every marked field under a schema, as a path like body.steps[].notice (same walk as the contract test). */
function markedPaths(schema: Schema, path: string, seen = new Set<Schema>()): string[] {
  const s = resolve(schema);
  if (seen.has(s)) return [];
  seen.add(s);
  if (isMarked(s)) return [path];
  return [
    ...variantsOf(s).flatMap((v) => markedPaths(v, path, seen)),
    ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => markedPaths(v, `${path}.${k}`, seen)),
    ...(s.items ? markedPaths(s.items, `${path}[]`, seen) : []),
  ];
}

const under = (target: string, path: string) => target === path || target.startsWith(`${path}.`) || target.startsWith(`${path}[]`);

/**
 * A value valid for the schema with only what is required, plus whatever leads to `target`, which
 * gets `text`. Other marked fields that must be present get the filler; top-level fields the setup
 * gives (ids, a status the precondition needs) are taken as given.
 */
function generate(schema: Schema, path: string, target: string, text: string, given: Record<string, unknown> = {}): unknown {
  const s = resolve(schema);
  if (path === target) return text;
  if (isMarked(s)) return FILLER;
  const variants = variantsOf(s).filter((v) => v.type !== 'null');
  if (variants.length > 0) {
    const leading = variants.find((v) => under(target, path) && (v.type === 'object' || v.type === 'array')) ?? variants[0]!;
    return generate(leading, path, target, text);
  }
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        const here = `${path}.${k}`;
        if (k in given && !under(target, here)) out[k] = given[k];
        else if (s.required?.includes(k) || under(target, here)) out[k] = generate(v, here, target, text);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 0, under(target, path) ? 1 : 0);
      return Array.from({ length: n }, () => generate(s.items ?? {}, `${path}[]`, target, text));
    }
    case 'string':
      if (s.format === 'date-time') return NOW;
      if (s.format === 'date') return '2026-11-16';
      if (s.format) throw new Error(`${path}: a ${s.format} must come from the override table`);
      return stringFor(s, path);
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 0, 3), s.maximum ?? 3);
    case 'boolean':
      return false;
    case undefined:
    default:
      throw new Error(`${path}: no value for type ${JSON.stringify(s.type)}`);
  }
}

/** A plain string that fits the schema's length and pattern (a phone number where one is asked for). */
function stringFor(s: Schema, path: string): string {
  const fits = (v: string) => v.length >= (s.minLength ?? 0) && (!s.pattern || new RegExp(s.pattern, 'u').test(v));
  const found = ['steady'.padEnd(s.minLength ?? 0, 'y'), '0800 111 0 111', ''].find(fits);
  if (found === undefined) throw new Error(`${path}: no plain value fits ${s.pattern}; set it in the override table`);
  return found;
}

interface Case {
  method: string;
  path: string;
  op: Operation;
  targets: string[];
}

function markedOperations(): Case[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, op]) => {
      const schema = op.requestBody?.content['application/json']?.schema;
      const targets = schema ? markedPaths(schema, 'body') : [];
      return targets.length > 0 ? [{ method: method.toUpperCase(), path, op, targets }] : [];
    }),
  );
}

/** Where a write can be read back: the item itself, the same address, or the list it belongs to. */
function readUrl(url: string, createdId: string | undefined): string | undefined {
  const gets = Object.entries(doc.paths)
    .filter(([, m]) => m.get)
    .map(([p]) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`));
  const candidates = [createdId && `${url}/${createdId}`, url];
  for (let u = url; u.includes('/'); u = u.slice(0, u.lastIndexOf('/'))) candidates.push(u);
  return candidates.find((c): c is string => Boolean(c) && gets.some((g) => g.test(c!)));
}

/** The id of what the write made, from a response like { entry: { id } }. */
function idIn(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const v of Object.values(body))
    if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') return (v as { id: string }).id;
  return undefined;
}

describe.each(dialects())('every free-text field answers with the verdict on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
    doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => h.close());

  it('uses sentences the detector reads as meant', () => {
    expect(detectCrisis(CRISIS).crisis).toBe(true);
    expect(detectCrisis(ORDINARY).crisis).toBe(false);
    expect(detectCrisis(FILLER).crisis).toBe(false);
  });

  /** Writes `text` into `target` after the setup; returns the verdict, having checked it was saved. */
  async function write(c: Case, target: string, text: string, prior: string): Promise<boolean> {
    const override = OVERRIDES[c.op.operationId] ?? { setup: alone };
    const setup = await override.setup({ h, prior }, target);
    const params = setup.params ?? {};
    const missing = [...c.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((p) => !(p in params));
    if (missing.length > 0)
      throw new Error(`${c.op.operationId}: the walk cannot exercise it: no ${missing.join(', ')} (add it to OVERRIDES)`);
    const url = c.path.replace(/\{(\w+)\}/g, (_, p: string) => params[p]!);
    const body = generate(c.op.requestBody!.content['application/json']!.schema, 'body', target, text, setup.body);
    const res = await setup.caller.request(c.method, url, body);
    const where = `${c.op.operationId} ${target}`;
    expect([200, 201], `${where}: ${JSON.stringify(res.body)}`).toContain(res.status);

    const read: Setup['read'] =
      setup.read ??
      (() => {
        const at = readUrl(url, c.method === 'POST' ? idIn(res.body) : undefined);
        return at ? { url: at } : undefined;
      })();
    if (!read) throw new Error(`${where}: nowhere to read the text back (name a read or why not in OVERRIDES)`);
    if ('url' in read) {
      const back = await (read.as ?? setup.caller).request('GET', read.url);
      expect(back.status, `${where}: read ${read.url}`).toBe(200);
      expect(JSON.stringify(back.body), `${where}: saved as written (${read.url})`).toContain(text);
    }
    const verdict = c.op.operationId === 'checkText' ? res.body : res.body.safety;
    expect(typeof verdict?.crisis, `${where}: no verdict`).toBe('boolean');
    return verdict.crisis;
  }

  it('exercises every marked operation, with no override left over for one that is gone', () => {
    const ids = markedOperations().map((c) => c.op.operationId);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(OVERRIDES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('says "crisis" for a crisis sentence in each marked field, one at a time, and saves it as written', async () => {
    const wrong: string[] = [];
    for (const c of markedOperations())
      for (const target of c.targets) if ((await write(c, target, CRISIS, FILLER)) !== true) wrong.push(`${c.op.operationId} ${target}`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('says "no crisis" for an ordinary sentence in each marked field', async () => {
    const wrong: string[] = [];
    for (const c of markedOperations())
      for (const target of c.targets) if ((await write(c, target, ORDINARY, FILLER)) !== false) wrong.push(`${c.op.operationId} ${target}`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it("judges only the caller's words, never what the partner wrote beside them", async () => {
    const cases = markedOperations().filter((c) => OVERRIDES[c.op.operationId]?.othersWords);
    expect(cases.map((c) => c.op.operationId).sort()).toEqual(
      ['completeCheckIn', 'completeReassuranceRequest', 'respondReassuranceRequest', 'submitReview', 'updateGoal'].sort(),
    );
    const wrong: string[] = [];
    for (const c of cases)
      for (const target of c.targets) if ((await write(c, target, ORDINARY, CRISIS)) !== false) wrong.push(`${c.op.operationId} ${target}`);
    expect(wrong).toEqual([]);
  }, 120_000);
});
