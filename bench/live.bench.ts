/**
 * Live-update latency between two server processes on one PostgreSQL database (fresh schema), in
 * two ways, next to the floor measured in the same run (a bare NOTIFY from one pg client to another
 * that LISTENs):
 *
 * - joinPair through server A's API (a real `steady serve` process): each join links a new pair and
 *   tells both members, whose streams a client holds on server B (another process). Timed from
 *   sending the request to each event read off B: the request, the transaction, NOTIFY, B's LISTEN
 *   connection, B's stream, the client. 500 joins, 1,000 events.
 * - the bus alone: a Steady app built in this process on the same schema publishes 1,000 events for
 *   one person whose stream is held on B; the same call the routes make after a change commits.
 *
 * Both servers run with ARGON2_FAST=1 so that signing up the people the joins need takes seconds;
 * no password is checked in the timed part.
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/server/app.js';
import { freshSchema, serveProcess, signupOver, type HttpUser, type ServerProcess } from '../test/support/processes.js';
import { openStream, type Stream } from '../test/support/sse.js';
import { stats, type Stats } from './lib.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const TARGET_P95_MS = 150;

/** Sends one message at a time and waits for it, `count` times; returns each round trip in ms. */
async function oneAtATime(
  count: number,
  send: (i: number) => Promise<void>,
  arrived: (fn: (i: number) => void) => void,
): Promise<number[]> {
  const sentAt = new Map<number, number>();
  const times: number[] = [];
  let waiting: (() => void) | undefined;
  arrived((i) => {
    const t = sentAt.get(i);
    if (t === undefined) return;
    times.push(performance.now() - t);
    sentAt.delete(i);
    waiting?.();
  });
  for (let i = 0; i < count; i++) {
    const done = new Promise<void>((r) => (waiting = r));
    sentAt.set(i, performance.now());
    await send(i);
    await done;
  }
  return times;
}

async function bareNotify(url: string, count: number): Promise<number[]> {
  const listener = new pg.Client({ connectionString: url });
  const notifier = new pg.Client({ connectionString: url });
  await Promise.all([listener.connect(), notifier.connect()]);
  try {
    const channel = `bench_${process.pid}`;
    await listener.query(`LISTEN ${channel}`);
    return await oneAtATime(
      count,
      async (i) => void (await notifier.query('select pg_notify($1, $2)', [channel, String(i)])),
      (fn) => listener.on('notification', (m) => fn(Number(m.payload))),
    );
  } finally {
    await Promise.all([listener.end(), notifier.end()]);
  }
}

interface Servers {
  a: ServerProcess;
  b: ServerProcess;
  schema: Awaited<ReturnType<typeof freshSchema>>;
}

async function withServers<T>(url: string, fn: (servers: Servers) => Promise<T>): Promise<T> {
  const schema = await freshSchema(url);
  const env = { DATABASE_URL: schema.url, ARGON2_FAST: '1' };
  // One after the other: the first applies the migrations.
  const a = await serveProcess(env);
  const b = await serveProcess(env);
  try {
    return await fn({ a, b, schema });
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await schema.drop();
  }
}

/** 500 joins through A, each telling both members on B: 1,000 events. */
async function joinsThroughA({ a, b }: Servers, events: number): Promise<number[]> {
  const pairs = Math.ceil(events / 2);
  const people: { inviter: HttpUser; joiner: HttpUser; code: string }[] = [];
  for (let i = 0; i < pairs; i++) {
    const [inviter, joiner] = [await signupOver(a.origin), await signupOver(a.origin)];
    const code = ((await inviter.call('POST', '/api/v1/pair/invitations')).body as { code: string }).code;
    people.push({ inviter, joiner, code });
  }
  const streams = new Map<string, Stream>();
  for (const p of people) for (const u of [p.inviter, p.joiner]) streams.set(u.id, await openStream(`${b.origin}/api/v1/events`, u.cookie));
  try {
    const times: number[] = [];
    for (const { inviter, joiner, code } of people) {
      const heard = [inviter, joiner].map((u) => streams.get(u.id)!.next((e) => e.type === 'pair.linked', 10_000));
      const sent = performance.now();
      const joined = await joiner.call('POST', '/api/v1/pair/join', { code });
      if (joined.status !== 201) throw new Error(`join failed: ${joined.status}`);
      for (const r of await Promise.all(heard)) times.push(r.at - sent);
    }
    return times;
  } finally {
    for (const s of streams.values()) s.close();
  }
}

/** 1,000 events published one at a time by a Steady app in this process, for one person whose stream is on B. */
async function busToB({ b, schema }: Servers, url: string, count: number): Promise<number[]> {
  const database = openDatabase({ url, schema: schema.schema, poolSize: 4 });
  const app = await buildApp({ database, logLevel: 'warn', webRoot: '/nonexistent', signupLimit: 100_000 });
  try {
    const person = await signupOver(b.origin);
    const stream = await openStream(`${b.origin}/api/v1/events`, person.cookie);
    if (stream.status !== 200) throw new Error(`stream refused: ${stream.status}`);
    // Each event's time (milliseconds since the epoch, unique per event) says which send it answers.
    const base = Date.parse('2030-01-01T00:00:00.000Z');
    const times = await oneAtATime(
      count,
      (i) => app.events.publish({ recipients: [person.id], event: { type: 'pair.linked', at: new Date(base + i).toISOString() } }),
      (fn) => (stream.onEvent = (r) => fn(Date.parse(r.event.at) - base)),
    );
    stream.close();
    return times;
  } finally {
    await app.close();
    await database.close();
  }
}

const ms = (n: number) => `${n.toFixed(2).padStart(7)} ms`;
const line = (name: string, s: Stats) => `  ${name.padEnd(58)} p50 ${ms(s.median)}   p95 ${ms(s.p95)}`;

export async function liveBench(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nLive updates between two server processes on PostgreSQL, ${EVENTS} events each way, one at a time (load average ${load})`);
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('  skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a database this run may create a schema in)');
    return;
  }
  // A few rounds first so connections and JIT are warm; they are not counted.
  await bareNotify(url, 50);
  const bare = stats(await bareNotify(url, EVENTS));
  const [joins, bus] = await withServers(url, async (servers) => [
    stats(await joinsThroughA(servers, EVENTS)),
    stats(await busToB(servers, url, EVENTS)),
  ]);
  console.log(line('bare LISTEN/NOTIFY round trip (pg client → pg client)', bare));
  console.log(line('joinPair sent to server A → event on server B’s stream', joins));
  console.log(line('publish in a Steady app → event on server B’s stream', bus));
  const ratio = (s: Stats) => `p50 ${(s.median / bare.median).toFixed(1)}×, p95 ${(s.p95 / bare.p95).toFixed(1)}×`;
  console.log(`  joinPair / bare: ${ratio(joins)};  publish / bare: ${ratio(bus)}`);
  console.log(`  target p95 < ${TARGET_P95_MS} ms (joinPair through A): ${joins.p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`);
}
