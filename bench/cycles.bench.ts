/**
 * getCycleInsights on ten dense years of stage-log moments (50,000) for one person, beside a
 * neighbour with a tenth of that, on SQLite and PostgreSQL, next to a raw scan of the same rows
 * measured in the same run, run by run. Target (issue 5): under 50 ms. Prints figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql, type Kysely } from 'kysely';
import { actorFromSession } from '../src/core/account/actor.js';
import { cycleInsights } from '../src/core/cycles/cycles.js';
import { CycleEventsRepo } from '../src/db/cycles/cycle-events.repo.js';
import type { DbKind } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { CycleEventsTable, DB } from '../src/db/schema.js';
import { open, stats, timed } from './databases.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const STAGES = ['pursuit', 'withdrawal', 'reconnection'] as const;

/** Moments spread over `years`, the stages mostly in cycle order with some noise, as people log them. */
async function seed(db: Kysely<DB>, userId: string, count: number, years = 10): Promise<void> {
  const end = Date.now();
  const span = years * 365.25 * 86_400_000;
  let s = 12345;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
  const times = Array.from({ length: count }, () => end - rand() * span).sort((a, b) => a - b);
  const rows: CycleEventsTable[] = times.map((t, i) => {
    const iso = new Date(t).toISOString();
    const stage = rand() < 0.8 ? STAGES[i % 3]! : STAGES[Math.floor(rand() * 3)]!;
    return {
      id: randomUUID(),
      user_id: userId,
      occurred_at: iso,
      stage,
      actor: rand() < 0.5 ? 'me' : 'partner',
      intensity: Math.floor(rand() * 11),
      triggers: '[]',
      note: null,
      shared: 0,
      pair_id: null,
      created_at: iso,
      updated_at: iso,
    };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('cycle_events')
        .values(rows.slice(i, i + 500))
        .execute();
  });
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

async function benchDialect(kind: DbKind, pgUrl?: string): Promise<void> {
  const { database, dispose, where } = await open(kind, pgUrl);
  try {
    await migrateToLatest(database);
    const now = new Date().toISOString();
    const [person, neighbour] = [randomUUID(), randomUUID()];
    for (const id of [person, neighbour]) {
      await database.db
        .insertInto('users')
        .values({
          id,
          email: `${id}@example.org`,
          password_hash: 'x',
          display_name: 'Bench',
          time_zone: 'UTC',
          region: 'GB',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await seed(database.db, person, 50_000);
    await seed(database.db, neighbour, 5_000);
    if (kind === 'postgres') await sql`vacuum analyze cycle_events`.execute(database.db);

    const actor = actorFromSession({ userId: person, id: 'bench' });
    const repo = new CycleEventsRepo(database.db);
    const range = { from: null, to: new Date().toISOString() };
    const insights = async () => cycleInsights(await repo.stageEvents(actor, range), { ordered: true });
    const raw = async () =>
      (
        await sql`select occurred_at, stage, intensity from cycle_events
          where user_id = ${person} and occurred_at < ${range.to}`.execute(database.db)
      ).rows.length;
    const check = await insights();
    for (let i = 0; i < 3; i++) {
      await insights();
      await raw();
    }
    const ours: number[] = [];
    const base: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      ours.push((await timed(insights)).ms);
      const r = await timed(raw);
      base.push(r.ms);
      rows = r.value;
    }
    const a = stats(ours);
    const b = stats(base);
    console.log(`\n${kind} (${where}): ${rows} moments, ${check.cycles.length} complete cycles`);
    console.log(`  getCycleInsights, all 10 years (${RUNS} runs)   median ${ms(a.median)}   p95 ${ms(a.p95)}`);
    console.log(`  raw scan of the same rows (${RUNS} runs)        median ${ms(b.median)}   p95 ${ms(b.p95)}`);
    console.log(
      `  ratio ${(a.median / b.median).toFixed(2)}× the raw scan; median ${a.median.toFixed(1)} ms (target < 50 ms: ${a.median < 50 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await dispose();
  }
}

export async function cyclesBench(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nCycle insights: one person, 50,000 stage-log moments over ten years (load average ${load})`);
  await benchDialect('sqlite');
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log('\npostgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a database this run may create a schema in)');
    return;
  }
  await benchDialect('postgres', pgUrl);
}
