/**
 * "Delete your account and everything in it" read the way someone with a copy of the database
 * would read it. One person writes a canary into every string field of every operation the served
 * OpenAPI document lists (so a field added later is covered without touching this file), in a pair
 * so that rows they share with the partner exist, then deletes the account. After a clean stop:
 * - SQLite: the raw bytes of the database, its WAL and shared-memory files hold neither the canary
 *   nor the email, in any case and in UTF-8 or UTF-16;
 * - both databases: no live row in any table holds either.
 * Before deleting, the same scans must find the canary, so a walk that wrote nothing fails here.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDirPrivate, openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/types.js';
import { clientFrom, PASSWORD, type Client } from '../support/api.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import { dialects, freshDatabase, migrateAgain, type TestDatabase } from '../support/dialects.js';
import { NOTIFICATION_KINDS } from '../../src/contracts/notifications/notifications.js';

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
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
};
type Operation = { operationId: string; requestBody?: { content: Record<string, { schema: Schema }> } };
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

/** Operations the walk does not send as the person, and why. */
const NOT_WALKED: Record<string, string> = {
  signup: 'the person signs up with the canary as their name (below)',
  login: 'starts a session; writes nothing of the person',
  changePassword: 'writes a hash, not text',
  deleteMe: 'the deletion under test',
  leavePair: 'would end the pair the shared rows need',
  joinPair: 'the pair is linked before the walk',
  setAppLock: 'a lock closed during the walk would answer 423 to the rest; its PIN is stored as a hash',
  lockApp: 'as setAppLock',
  unlockApp: 'as setAppLock',
  reauthenticate: 'takes the password; writes only a time',
  revokeCapabilityLinks: 'would take away the feedback and calendar rows under test',
  confirmTotpSetup: 'needs a live code; a secret, not words (two-step.test.ts)',
  disableTotp: 'takes the password; removes a secret',
  regenerateRecoveryCodes: 'takes the password; writes code hashes',
  completeLogin: 'needs a pending login; starts a session',
  finishPasskeyRegistration: 'needs an authenticator’s signature: registered with a soft authenticator below',
  finishPasskeyLogin: 'needs an authenticator’s signature (passkeys.test.ts)',
  renamePasskey: 'needs a passkey an authenticator made: renamed below',
  deletePasskey: 'needs a passkey; takes the password',
  importAccount: 'takes a whole export file: the person’s own export, full of the canary, is imported below',
  requestPasswordReset: 'takes an email, stores only a token hash (recovery.test.ts)',
  resetPassword: 'needs a mailed token; writes a password hash, not text',
  confirmSignup: 'needs a mailed token; makes the account from what sign-up kept (quiet-signup.test.ts)',
};

/** Values that must be real to be accepted; they are settings, not words the person wrote. */
const SETTINGS: Record<string, unknown> = {
  timeZone: 'Europe/London',
  region: 'GB',
  checkInRule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
  // The walk moves the clock to a check-in hours later; the shortest idle time would end the session.
  sessionIdle: '30d',
};

const NOW = '2026-11-21T09:00:00.000Z';
const WEEK = '2026-11-16';

interface Walk {
  app: App;
  a: Client;
  b: Client;
  canary: string;
  email: string;
  /** The last id each collection answered with, by its path's last literal segment ("journal", "people"). */
  ids: Record<string, string>;
  clock: { now: Date };
}

interface Step {
  caller?: 'a' | 'b' | 'visitor';
  params?: Record<string, string>;
  body?: Record<string, unknown>;
}

/**
 * Preconditions for operations whose path names something that a plain create before them does
 * not give, or that only the partner (or a visitor) may call. Every other {id} is the id the
 * collection before it answered with.
 */
const STEPS: Record<string, (w: Walk) => Promise<Step>> = {
  acceptAgreement: async (w) => ({
    caller: 'b',
    body: { version: (await w.b.request('GET', '/api/v1/pair/agreement')).body?.pending?.version },
  }),
  acceptStressPlan: async (w) => ({
    caller: 'b',
    body: { version: (await w.b.request('GET', '/api/v1/pair/stress-plan')).body?.pending?.version },
  }),
  completeCheckIn: async (w) => {
    const next = (await w.a.request('GET', '/api/v1/pair/check-ins/next')).body;
    const startsAt = new Date(next.startsAt);
    if (w.clock.now < startsAt) w.clock.now = startsAt;
    return { params: { id: next.id }, body: { discussedTopicIds: [w.ids.topics] } };
  },
  respondReassuranceRequest: async (w) => {
    const made = await w.b.request('POST', '/api/v1/pair/requests', { context: 'a quiet evening' });
    return { params: { id: made.body.request.id }, body: { response: 'accept', laterAt: undefined } };
  },
  completeReassuranceRequest: async (w) => {
    // The person's own request (made with the canary earlier in the walk), answered by the partner.
    const answered = await w.b.request('POST', `/api/v1/pair/requests/${w.ids.requests}/respond`, {
      response: 'accept',
      note: 'of course',
    });
    if (answered.status !== 200) throw new Error(`respond: ${answered.status} ${JSON.stringify(answered.body)}`);
    return { params: { id: w.ids.requests! } };
  },
  updateGoal: async (w) => {
    // A note on the partner's joint goal: the person's words in a row that outlives them.
    const goal = await w.b.request('POST', '/api/v1/goals', { title: 'walk together', scope: 'joint', weekStart: WEEK });
    return { params: { id: goal.body.goal.id } };
  },
  submitReview: async (w) => {
    await w.b.request('PUT', '/api/v1/reviews', {
      kind: 'weekly',
      periodStart: WEEK,
      answers: [{ prompt: 'What went well?', text: 'the walk' }],
    });
    return { body: { kind: 'weekly', periodStart: WEEK } };
  },
  createInteraction: async (w) => ({ body: { personIds: [w.ids.people] } }),
  updateInteraction: async (w) => ({ body: { personIds: [w.ids.people] } }),
  answerFeedback: async (w) => {
    const link = await w.a.request('POST', `/api/v1/people/${w.ids.people}/feedback-links`);
    return { caller: 'visitor', params: { token: new URL(link.body.url).pathname.replace('/f/', '') } };
  },
  // Open only during its own week (the person's zone is Europe/London, the same day as UTC in November).
  putWeeklyReflection: async (w) => {
    const now = w.clock.now;
    const monday = new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * 86_400_000);
    return { params: { weekStart: monday.toISOString().slice(0, 10) } };
  },
  putSocialReview: async () => ({ params: { month: '2026-11' }, body: { ucla3: [1, 2, 1] } }),
  submitAssessment: async () => ({ body: { instrument: 'phq9', answers: [1, 0, 2, 1, 0, 1, 0, 1, 0] } }),
  // A device's push address and keys, the canary in each: they go with the account.
  createPushSubscription: async (w) => ({
    body: {
      endpoint: `https://push.example.org/${w.canary}`,
      expirationTime: null,
      keys: { p256dh: `${w.canary}-p256dh`, auth: `${w.canary}-auth` },
    },
  }),
  putNotificationSettings: async () => ({
    body: {
      kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { on: true, push: true, email: true }])),
      quietHours: { start: '22:00', end: '08:00' },
      dailyMax: 4,
      locale: 'en',
    },
  }),
  // A notification in the inbox to snooze: the test one.
  snoozeNotification: async (w) => {
    await w.a.request('POST', '/api/v1/notifications/test');
    const inbox = await w.a.request('GET', '/api/v1/notifications');
    return { params: { id: inbox.body.items[0].id }, body: { minutes: 15 } };
  },
};

describe.each(dialects())('deleting an account leaves nothing readable on %s', (kind) => {
  let dir: string;
  let file: string;
  let database: Database;
  let test: TestDatabase | undefined;
  let app: App;
  let doc: Doc;
  const clock = { now: new Date('2026-11-21T10:00:00.000Z') };
  const canary = `Cnry${randomBytes(5).toString('hex')}Qz`;
  const email = `${canary.toLowerCase()}-mail@example.org`;
  const sent: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'steady-deletion-'));
    if (kind === 'sqlite') {
      file = join(dir, 'data', 'steady.db');
      database = openDatabase({ url: file });
      await migrateToLatest(database);
    } else {
      test = await freshDatabase(kind);
      database = test;
    }
    app = await start(database, clock);
    doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => {
    if (app) await app.close().catch(() => undefined);
    if (test) await test.dispose();
    else await database?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps neither the canary nor the email after deletion and a clean stop', async () => {
    const a = await join_(app, { email, password: PASSWORD, displayName: canary, timeZone: 'Europe/London', region: 'GB' }, canary);
    const b = await join_(app, {
      email: `partner-${Date.now()}@example.org`,
      password: PASSWORD,
      displayName: 'Robin',
      timeZone: 'Europe/London',
      region: 'GB',
    });
    // Alone, a parked urge goes to the person's own reflection list (in a pair, to the agenda).
    const parked = await a.request('POST', '/api/v1/urges', {
      occurredAt: NOW,
      intensity: 4,
      anxietyBefore: 4,
      triggers: [`${canary}-alone`],
      action: 'parked',
      wantedTo: `${canary}-alone-wanted`,
    });
    expect(parked.status, JSON.stringify(parked.body)).toBe(201);
    const invite = await a.request('POST', '/api/v1/pair/invitations');
    expect((await b.request('POST', '/api/v1/pair/join', { code: invite.body.code })).status).toBe(201);
    const w: Walk = { app, a, b, canary, email, ids: { 'reflection-topics': parked.body.parkedTopic.id }, clock };
    await walk(w);
    const vcard = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${canary}-vcard`, `NOTE:${canary}-vcard-note`, 'END:VCARD', ''].join('\r\n');
    const imported = await a.request('POST', '/api/v1/people/import', vcard, { 'content-type': 'text/vcard' });
    expect(imported.status, JSON.stringify(imported.body)).toBeLessThan(300);
    // A passkey named with the canary, then renamed, as a person tells their devices apart.
    const start = await a.request('POST', '/api/v1/passkeys/registration/start');
    const credential = new SoftAuthenticator().register(start.body.options);
    const passkey = await a.request('POST', '/api/v1/passkeys/registration/finish', { name: `${canary}-passkey`, credential });
    expect(passkey.status, JSON.stringify(passkey.body)).toBe(201);
    const renamed = await a.request('PATCH', `/api/v1/passkeys/${passkey.body.passkey.id}`, { name: `${canary}-passkey-renamed` });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    // An export full of the canary brought in again (as from another server): new rows, and the import's own bookkeeping.
    const ownExport = await a.request('GET', '/api/v1/me/export');
    expect(ownExport.status).toBe(200);
    const brought = await a.request('POST', '/api/v1/me/import', ownExport.body);
    expect(brought.status, JSON.stringify(brought.body)).toBe(200);
    expect(brought.body.added.journal + brought.body.added.people).toBeGreaterThan(0);
    expect(refused, 'every operation accepted the canary').toEqual([]);
    expect(sent.length).toBeGreaterThanOrEqual(40);

    // A journal of a normal size, some entries longer than a page, as the finding had (300 entries).
    for (let i = 0; i < 300; i++) {
      const text = `${canary}-entry-${i} ` + 'the evening was quiet and I wrote it down '.repeat(i % 10 === 0 ? 150 : 3);
      expect((await a.request('POST', '/api/v1/journal', { text })).status).toBe(201);
    }
    const before = await liveRowsWith(database, canary);
    expect(before.length, 'the canary reached many tables before deletion').toBeGreaterThanOrEqual(25);
    // The rows that outlive the person, or hold what a client chose, are among them.
    expect(before).toEqual(
      expect.arrayContaining([
        'idempotency_keys.key',
        'sessions.user_agent',
        'goals.title',
        'pair_check_ins.notes',
        'reassurance_requests.note',
        'pair_agreements.request_template',
        'feedback_links.supportive',
        'passkeys.name',
      ]),
    );

    const importedItems = () => database.db.selectFrom('imported_items').select('kind').where('user_id', '=', a.user.id).execute();
    expect((await importedItems()).length, 'what the import brought is tracked').toBeGreaterThan(0);

    const startedAt = performance.now();
    const deleted = await a.request('DELETE', '/api/v1/me', { password: PASSWORD });
    expect(deleted.status).toBe(204);
    expect(performance.now() - startedAt, 'deleting a normal account stays quick').toBeLessThan(5_000);
    // Also while still running: a crash now must not leave the words in the log either.
    if (kind === 'sqlite') expect(readable(file), 'readable in the database files before the stop').toEqual([]);
    // The partner goes on using Steady: nothing they can read brings the words back.
    const shown: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!methods.get || path.includes('{') || path === '/api/v1/events') continue;
      const r = await b.request('GET', path);
      if (JSON.stringify(r.body).toLowerCase().includes(canary.toLowerCase())) shown.push(path);
    }
    expect(shown, 'what the partner is shown').toEqual([]);

    expect(await liveRowsWith(database, canary), 'live rows with the canary').toEqual([]);
    expect(await liveRowsWith(database, email), 'live rows with the email').toEqual([]);
    expect(await importedItems(), 'what the import brought').toEqual([]);

    await app.close();
    await database.close();
    if (kind === 'sqlite') expect(readable(file), 'readable in the database files').toEqual([]);
  }, 120_000);

  /** Where the canary or the email can be read in the database file, its WAL or its shared memory. */
  function readable(db: string): string[] {
    const found: string[] = [];
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(db + suffix)) continue;
      const bytes = readFileSync(db + suffix);
      for (const needle of [canary, email])
        for (const form of spellings(needle)) if (bytes.includes(form)) found.push(`${suffix || '.db'}: ${form.toString('latin1')}`);
    }
    return found;
  }

  /** Sends every operation that has a JSON body once, as the person, with the canary in each string. */
  async function walk(w: Walk): Promise<void> {
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.requestBody?.content['application/json']?.schema;
        if (!schema || op.operationId in NOT_WALKED) continue;
        const step = (await STEPS[op.operationId]?.(w)) ?? {};
        const params = { ...defaultParams(path, w.ids), ...step.params };
        const url = path.replace(/\{(\w+)\}/g, (_, p: string) => params[p] ?? `missing-${p}`);
        const caller = step.caller === 'b' ? w.b : step.caller === 'visitor' ? visitor(w.app) : w.a;
        const mine = step.caller === undefined || step.caller === 'visitor';
        const plain = new Set<string>();
        let res: { status: number; body: any } | undefined;
        for (let attempt = 0; attempt < 8; attempt++) {
          let n = 0;
          const text = () => (mine ? `${w.canary}-${op.operationId}-${++n}` : 'plain words');
          const body = { ...(fill(schema, '', text, plain) as object), ...step.body };
          // Creates that can be replayed from the offline outbox keep their key: the canary too.
          const key = mine && method === 'post' ? { 'idempotency-key': `${w.canary}-key-${op.operationId}-${attempt}` } : undefined;
          res = await caller.request(method.toUpperCase(), url, body, key);
          if (res.status !== 400) break;
          // A field the canary cannot fill (a code, a phone number): the plain value the schema wants.
          const fields: string[] = (res.body?.errors ?? []).map((e: { field: string }) => e.field.replace(/\.\d+(?=\.|$)/g, '[]'));
          const fresh = fields.filter((f) => !plain.has(f));
          if (fresh.length === 0) break;
          for (const f of fresh) plain.add(f);
        }
        if (!res || res.status >= 300) refused.push(`${op.operationId} ${url}: ${res?.status} ${JSON.stringify(res?.body)}`);
        else {
          sent.push(op.operationId);
          const id = idIn(res.body);
          const collection = lastLiteral(path);
          if (id && method === 'post' && !path.endsWith('}')) w.ids[collection] ??= id;
        }
      }
  }

  function resolve(s: Schema): Schema {
    return s.$ref ? (doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {}) : s;
  }

  /** Every property present, every string the canary where it fits, except paths marked plain. */
  function fill(schema: Schema, path: string, text: () => string, plain: Set<string>): unknown {
    const s = resolve(schema);
    const name = path.split('.').pop()!.replace('[]', '');
    if (name in SETTINGS) return SETTINGS[name];
    const variants = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].map(resolve).filter((v) => v.type !== 'null');
    if (variants.length > 0)
      return fill(variants.find((v) => v.type === 'object' || v.type === 'array') ?? variants[0]!, path, text, plain);
    if (s.enum) return s.enum[0];
    switch (s.type) {
      case 'object':
        return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, fill(v, path ? `${path}.${k}` : k, text, plain)]));
      case 'array':
        return Array.from({ length: Math.max(s.minItems ?? 0, 1) }, () => fill(s.items ?? {}, `${path}[]`, text, plain));
      case 'string': {
        if (s.format === 'date-time') return NOW;
        if (s.format === 'date') return WEEK;
        const value = text();
        const fits =
          !s.format &&
          value.length <= (s.maxLength ?? Infinity) &&
          value.length >= (s.minLength ?? 0) &&
          (!s.pattern || new RegExp(s.pattern, 'u').test(value));
        if (fits && !plain.has(path)) return value;
        return ['steady'.padEnd(s.minLength ?? 0, 'y'), '0800 111 0 111', ''].find(
          (v) => v.length >= (s.minLength ?? 0) && (!s.pattern || new RegExp(s.pattern, 'u').test(v)),
        );
      }
      case 'integer':
      case 'number':
        return Math.min(Math.max(s.minimum ?? 0, 3), s.maximum ?? 3);
      case 'boolean':
        // Shared, wherever sharing is a choice: the rows the partner keeps are the ones under test.
        return true;
      case undefined:
      default:
        return undefined;
    }
  }
});

async function start(database: Database, clock: { now: Date }): Promise<App> {
  const app = await buildApp({
    database,
    logLevel: 'silent',
    clock: () => clock.now,
    sleep: async () => undefined,
    webRoot: '/nonexistent',
  });
  await app.ready();
  return app;
}

/** Signs up with the given fields; the person's browser names itself with the canary too. */
async function join_(app: App, payload: Record<string, unknown>, userAgent = 'Firefox'): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload, headers: { 'user-agent': userAgent } });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  const client = clientFrom(app, res);
  const send = client.request.bind(client);
  client.request = (method, url, body, headers = {}) => send(method, url, body, { 'user-agent': userAgent, ...headers });
  return client;
}

/** Someone without an account (a feedback link's answerer). */
function visitor(app: App): Client {
  return {
    csrf: '',
    cookie: '',
    user: { id: '', email: '', displayName: '', timeZone: '', region: '' },
    async request(method, url, payload) {
      const r = await app.inject({ method: method as 'POST', url, payload: payload as object });
      return { status: r.statusCode, body: r.body ? r.json() : null, headers: r.headers };
    },
  };
}

function defaultParams(path: string, ids: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const parts = path.split('/');
  parts.forEach((p, i) => {
    const m = /^\{(\w+)\}(?:\..*)?$/.exec(p);
    if (m && ids[parts[i - 1]!]) out[m[1]!] = ids[parts[i - 1]!]!;
  });
  return out;
}

const lastLiteral = (path: string) =>
  path
    .split('/')
    .filter((p) => p && !p.startsWith('{'))
    .pop()!;

function idIn(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const v of Object.values(body))
    if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') return (v as { id: string }).id;
  return undefined;
}

/** The ways a text could sit in a file: as written, lower and upper case, in UTF-8 and UTF-16. */
function spellings(text: string): Buffer[] {
  const forms = [...new Set([text, text.toLowerCase(), text.toUpperCase()])];
  return forms.flatMap((f) => [Buffer.from(f, 'utf8'), Buffer.from(f, 'utf16le'), Buffer.from(f, 'utf16le').subarray(1)]);
}

/** table.column for every live row, in every table, whose text holds `needle` in any case. */
async function liveRowsWith(database: Database, needle: string): Promise<string[]> {
  const like = `%${needle.toLowerCase()}%`;
  const columns =
    database.kind === 'sqlite'
      ? (
          await sql<{ t: string; c: string }>`select m.name as t, p.name as c from sqlite_master m join pragma_table_info(m.name) p
            where m.type = 'table' and m.name not like 'sqlite_%'`.execute(database.db)
        ).rows
      : (
          await sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns
            where table_schema = current_schema() and data_type in ('text', 'character varying', 'json', 'jsonb')`.execute(database.db)
        ).rows;
  const hits: string[] = [];
  for (const { t, c } of columns) {
    const r = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(t)} where lower(cast(${sql.ref(c)} as text)) like ${like}`.execute(database.db);
    if (Number(r.rows[0]!.n) > 0) hits.push(`${t}.${c}`);
  }
  return hits;
}

// Only SQLite keeps the data in files of Steady's own; PostgreSQL's files are the server's.
describe('the SQLite files themselves', () => {
  it('rewrites an older install once, so text deleted before the upgrade is gone too', async () => {
    const oldDir = mkdtempSync(join(tmpdir(), 'steady-upgrade-'));
    const path = join(oldDir, 'steady.db');
    const words = `Old${randomBytes(5).toString('hex')}Words`;
    try {
      const before = openDatabase({ url: path });
      // As an older Steady ran it: deleting only marked the pages free.
      await sql`pragma secure_delete = OFF`.execute(before.db);
      await migrateAgain(before, '2026-12-03T1640-urge-ratings-nullable');
      await before.db
        .insertInto('login_failures')
        .values(Array.from({ length: 200 }, (_, i) => ({ key: `${words}-${i}-${'x'.repeat(200)}`, count: 1, window_start: NOW })))
        .execute();
      await before.db.deleteFrom('login_failures').execute();
      await before.close();
      expect(readFileSync(path).includes(words), 'the old file holds the deleted text').toBe(true);

      const upgraded = openDatabase({ url: path });
      await migrateToLatest(upgraded);
      await upgraded.close();
      expect(readFileSync(path).includes(words)).toBe(false);
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  });

  it('creates the data folder for its owner only, and the database files unreadable to others', async () => {
    const modeDir = mkdtempSync(join(tmpdir(), 'steady-modes-'));
    try {
      const data = join(modeDir, 'data');
      const db = openDatabase({ url: join(data, 'steady.db') });
      await migrateToLatest(db);
      await db.db.insertInto('login_failures').values({ key: 'x', count: 1, window_start: NOW }).execute();
      expect(statSync(data).mode & 0o777).toBe(0o700);
      for (const suffix of ['', '-wal', '-shm']) expect(statSync(join(data, 'steady.db' + suffix)).mode & 0o777, suffix).toBe(0o600);
      await db.close();

      // An older install: a folder and files anyone on the machine could read, tightened on start.
      const old = join(modeDir, 'old');
      mkdirSync(old, { mode: 0o755 });
      chmodSync(old, 0o755);
      for (const suffix of ['', '-wal']) {
        writeFileSync(join(old, 'steady.db' + suffix), '');
        chmodSync(join(old, 'steady.db' + suffix), 0o644);
      }
      makeDataDirPrivate(old);
      const again = openDatabase({ url: join(old, 'steady.db') });
      await migrateToLatest(again);
      expect(statSync(old).mode & 0o777).toBe(0o700);
      for (const suffix of ['', '-wal', '-shm']) expect(statSync(join(old, 'steady.db' + suffix)).mode & 0o777, suffix).toBe(0o600);
      await again.close();
    } finally {
      rmSync(modeDir, { recursive: true, force: true });
    }
  });
});
