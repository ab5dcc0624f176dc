/**
 * Live-update latency between two server processes on one PostgreSQL database (fresh schema):
 * server B is a real `steady serve` process holding a person's event stream; server A is a Steady
 * app built in this process on the same schema, and each event is published through A's event bus,
 * the same call the routes make after a change commits (no cheap route can cause 1,000 events for
 * one person: linking needs a new pair each time). Each latency runs from A's publish to the event
 * read off B's stream: NOTIFY, B's LISTEN connection, B's stream, the HTTP client. Next to it, in
 * the same run, the floor: a bare NOTIFY from one pg client to another that LISTENs.
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/server/app.js';
import { freshSchema, serveProcess, signupOver } from '../test/support/processes.js';
import { openStream } from '../test/support/sse.js';
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

async function betweenServers(url: string, count: number): Promise<number[]> {
  const schema = await freshSchema(url);
  const b = await serveProcess({ DATABASE_URL: schema.url });
  const database = openDatabase({ url, schema: schema.schema, poolSize: 4 });
  const a = await buildApp({ database, logLevel: 'warn', webRoot: '/nonexistent' });
  try {
    const person = await signupOver(b.origin);
    const stream = await openStream(`${b.origin}/api/v1/events`, person.cookie);
    if (stream.status !== 200) throw new Error(`stream refused: ${stream.status}`);
    // Each event's time (milliseconds since the epoch, unique per event) says which send it answers.
    const base = Date.parse('2030-01-01T00:00:00.000Z');
    const times = await oneAtATime(
      count,
      (i) => a.events.publish({ recipients: [person.id], event: { type: 'pair.linked', at: new Date(base + i).toISOString() } }),
      (fn) => (stream.onEvent = (r) => fn(Date.parse(r.event.at) - base)),
    );
    stream.close();
    return times;
  } finally {
    await a.close();
    await database.close();
    await b.stop();
    await schema.drop();
  }
}

const ms = (n: number) => `${n.toFixed(2).padStart(7)} ms`;
const line = (name: string, s: Stats) => `  ${name.padEnd(58)} p50 ${ms(s.median)}   p95 ${ms(s.p95)}`;

export async function liveBench(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nLive updates between two server processes on PostgreSQL, ${EVENTS} events one at a time (load average ${load})`);
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('  skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a database this run may create a schema in)');
    return;
  }
  // A few rounds first so connections and JIT are warm; they are not counted.
  await bareNotify(url, 50);
  const bare = stats(await bareNotify(url, EVENTS));
  const live = stats(await betweenServers(url, EVENTS));
  console.log(line('bare LISTEN/NOTIFY round trip (pg client → pg client)', bare));
  console.log(line('server A publish → server B stream → SSE client', live));
  console.log(
    `  live / bare: p50 ${(live.median / bare.median).toFixed(1)}×, p95 ${(live.p95 / bare.p95).toFixed(1)}×; ` +
      `target p95 < ${TARGET_P95_MS} ms: ${live.p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`,
  );
}
