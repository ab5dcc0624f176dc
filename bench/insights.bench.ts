/**
 * getReassuranceInsights on ten dense years (100,000 urges, ~140,000 follow-ups, ~130,000 trigger
 * tags, 20,000 tool sessions) for one person, beside a neighbour with a tenth of that, on SQLite and
 * on PostgreSQL. Targets: under 50 ms, and at most 3× a raw scan of the same rows (a SELECT of the
 * columns the insights need for that person, fully read) measured in the same run, interleaved
 * run by run so both see the same machine. Prints figures; asserts nothing.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { actorFromSession } from '../src/core/account/actor.js';
import { buildInsights, type InsightsRange } from '../src/core/reassurance/insights.js';
import { SQLITE_CACHE_KIB, type Database, type DbKind } from '../src/db/database.js';
import { InsightsRepo } from '../src/db/reassurance/insights.repo.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { open, stats, timed, type Stats } from './databases.js';
import { seedReassurance } from './seed-reassurance.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ROUTE_RUNS = 5;
const TABLES = ['urges', 'urge_triggers', 'urge_follow_ups', 'tool_sessions'] as const;

/**
 * The baseline: every column the insights read, for that person, every row materialized in JS, one
 * query after another on one connection as the insights' queries run.
 */
async function rawScan(database: Database, userId: string, range: InsightsRange): Promise<number> {
  const from = range.from ?? '';
  const db = database.db;
  let rows = 0;
  rows += (
    await sql`select id, occurred_at, local_date, action, intensity, anxiety_before from urges
      where user_id = ${userId} and occurred_at >= ${from} and occurred_at < ${range.to}`.execute(db)
  ).rows.length;
  rows += (await sql`select urge_id, minutes_after, anxiety from urge_follow_ups where user_id = ${userId}`.execute(db)).rows.length;
  rows += (await sql`select urge_id, tag from urge_triggers where user_id = ${userId}`.execute(db)).rows.length;
  rows += (
    await sql`select tool, started_at, distress_before, distress_after from tool_sessions
      where user_id = ${userId} and started_at >= ${from} and started_at < ${range.to}`.execute(db)
  ).rows.length;
  return rows;
}

async function signupUser(app: Awaited<ReturnType<typeof buildApp>>, email: string): Promise<{ id: string; cookie: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: 'a long bench passphrase', displayName: 'Bench', timeZone: 'Europe/London', region: 'GB' },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((k) => k.name.endsWith('steady_session'))!;
  return { id: res.json<{ user: { id: string } }>().user.id, cookie: `${c.name}=${c.value}` };
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

async function benchDialect(kind: DbKind, pgUrl?: string): Promise<void> {
  const { database, dispose, where } = await open(kind, pgUrl);
  try {
    await migrateToLatest(database);
    const app = await buildApp({ database, logLevel: 'warn', webRoot: '/nonexistent', signupLimit: 100_000 });
    await app.ready();
    try {
      const person = await signupUser(app, 'dense@example.org');
      const neighbour = await signupUser(app, 'neighbour@example.org');
      const end = new Date();
      // SQLite's default 2 MB page cache makes half a million random-key index inserts thrash;
      // the load gets 256 MB, and the measurements below run with the cache the app opens with.
      if (kind === 'sqlite') await sql`pragma cache_size = -262144`.execute(database.db);
      const { ms: seedMs, value: counts } = await timed(() => seedReassurance(database.db, person.id, { end }));
      await seedReassurance(database.db, neighbour.id, { end, urges: 10_000, toolSessions: 2_000, seed: 7 });
      if (kind === 'sqlite') await sql`pragma cache_size = ${sql.raw(String(-SQLITE_CACHE_KIB))}`.execute(database.db);
      const rows = counts.urges + counts.followUps + counts.triggers + counts.toolSessions;
      console.log(
        `\n${kind} (${where}): seeded ${counts.urges} urges, ${counts.followUps} follow-ups, ${counts.triggers} tags, ` +
          `${counts.toolSessions} tool sessions in ${(seedMs / 1000).toFixed(1)} s (${Math.round(rows / (seedMs / 1000))} rows/s), plus a neighbour with a tenth`,
      );
      if (kind === 'postgres') {
        // What autovacuum does soon after a bulk load; without it the planner has no statistics and
        // index-only scans have no visibility map to lean on.
        for (const t of TABLES) await sql`vacuum analyze ${sql.table(t)}`.execute(database.db);
      }

      const actor = actorFromSession({ userId: person.id, id: 'bench' });
      const repo = new InsightsRepo(database.db);
      const insights = async (range: InsightsRange) => buildInsights(await repo.reassuranceAggregates(actor, range));
      const all: InsightsRange = { from: null, to: new Date().toISOString() };
      const days = (n: number): InsightsRange => ({ from: new Date(end.getTime() - n * 86_400_000).toISOString(), to: all.to });

      const check = await insights(all);
      if (check.urgeCount !== counts.urges) throw new Error(`insights counted ${check.urgeCount} urges, seeded ${counts.urges}`);
      for (let i = 0; i < 3; i++) {
        await insights(all);
        await rawScan(database, person.id, all);
      }

      interface Measured {
        wall: Stats;
        cpu: Stats;
      }
      const measured = (runs: Array<{ ms: number; cpu: number }>): Measured => ({
        wall: stats(runs.map((r) => r.ms)),
        cpu: stats(runs.map((r) => r.cpu)),
      });
      // Insights and raw scan alternate run by run, so both see the same machine.
      const ours: Array<{ ms: number; cpu: number }> = [];
      const raw: Array<{ ms: number; cpu: number }> = [];
      let scanned = 0;
      for (let i = 0; i < RUNS; i++) {
        ours.push(await timed(() => insights(all)));
        const r = await timed(() => rawScan(database, person.id, all));
        raw.push(r);
        scanned = r.value;
      }
      // Shorter periods, for context only: their raw counterparts would need the joins, so no ratio.
      const shorter: Array<[string, Measured]> = [];
      for (const n of [365, 90]) {
        const runs: Array<{ ms: number; cpu: number }> = [];
        for (let i = 0; i < RUNS; i++) runs.push(await timed(() => insights(days(n))));
        shorter.push([`getReassuranceInsights, last ${n} days`, measured(runs)]);
      }
      const route: Array<{ ms: number; cpu: number }> = [];
      for (let i = 0; i < ROUTE_RUNS + 1; i++) {
        const r = await timed(() => app.inject({ method: 'GET', url: '/api/v1/insights/reassurance', headers: { cookie: person.cookie } }));
        if (r.value.statusCode !== 200) throw new Error(`route answered ${r.value.statusCode}: ${r.value.body}`);
        if (i > 0) route.push(r);
      }

      const full = measured(ours);
      const base = measured(raw);
      const line = (name: string, m: Measured) =>
        `  ${name.padEnd(46)} median ${ms(m.wall.median)}   p95 ${ms(m.wall.p95)}   (process CPU median ${ms(m.cpu.median)})`;
      console.log(line(`getReassuranceInsights, all 10 years (${RUNS} runs)`, full));
      console.log(line(`raw scan of the same ${scanned} rows (${RUNS} runs)`, base));
      console.log(line(`full route via app.inject (${ROUTE_RUNS} runs)`, measured(route)));
      for (const [name, m] of shorter) console.log(line(`${name} (${RUNS} runs)`, m));
      const ratio = full.wall.median / base.wall.median;
      console.log(
        `  ratio insights / raw scan, medians: ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'met' : 'NOT met'}); ` +
          `insights median ${full.wall.median.toFixed(1)} ms (target < 50 ms: ${full.wall.median < 50 ? 'met' : 'NOT met'})`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await dispose();
  }
}

export async function insightsBench(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nReassurance insights: one person, ten dense years; in-process repository + core unless noted (load average ${load})`);
  await benchDialect('sqlite');
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log('\npostgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a database this run may create a schema in)');
    return;
  }
  await benchDialect('postgres', pgUrl);
}
