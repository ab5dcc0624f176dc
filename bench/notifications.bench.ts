/**
 * The notification scheduler (issue 16): how long runDue takes to find and deliver 10,000 due
 * notifications (1,000 people, ten each, one push device each, so 10,000 pushes) on SQLite and
 * PostgreSQL, with a push sender that answers at once, so what is timed is the database work and
 * the scheduler's own. Beside it, in the same run on the same rows, the least any scheduler must
 * do: read the due rows a batch at a time and mark them delivered. Prints figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql, type Insertable } from 'kysely';
import { NOTIFICATION_KINDS } from '../src/contracts/notifications/notifications.js';
import type { Database, DbKind } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { NotificationsTable } from '../src/db/schema.js';
import { NotificationScheduler } from '../src/server/notifications/scheduler.js';
import type { NotificationChannels } from '../src/server/notifications/channels.js';
import { open, stats, timed } from './databases.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PEOPLE = 1_000;
const EACH = 10;
const BATCH = 500;

const silent = { warn: () => undefined } as unknown as ConstructorParameters<typeof NotificationScheduler>[0]['log'];

async function seedPeople(database: Database): Promise<string[]> {
  const now = new Date().toISOString();
  const ids = Array.from({ length: PEOPLE }, () => randomUUID());
  const settings = JSON.stringify({
    kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { on: true, push: true, email: false }])),
    quietHours: null,
    dailyMax: 20,
    locale: 'en',
  });
  for (let i = 0; i < ids.length; i += 250) {
    const chunk = ids.slice(i, i + 250);
    await database.db
      .insertInto('users')
      .values(
        chunk.map((id) => ({
          id,
          email: `${id}@example.org`,
          password_hash: 'x',
          display_name: 'Bench',
          time_zone: 'Europe/London',
          region: 'GB',
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await database.db
      .insertInto('notification_settings')
      .values(chunk.map((id) => ({ user_id: id, settings, updated_at: now })))
      .execute();
    await database.db
      .insertInto('push_subscriptions')
      .values(
        chunk.map((id) => ({
          id: randomUUID(),
          user_id: id,
          endpoint: `https://push.example.org/${id}`,
          p256dh: 'k',
          auth: 'a',
          created_at: now,
          last_used_at: null,
        })),
      )
      .execute();
  }
  return ids;
}

/** 10,000 due notifications, a fresh lot for each run (earlier runs' rows are cleared first). */
async function seedDue(database: Database, people: string[], dueAt: string): Promise<void> {
  await database.db.deleteFrom('notification_deliveries').execute();
  await database.db.deleteFrom('notifications').execute();
  const rows: Insertable<NotificationsTable>[] = people.flatMap((userId) =>
    Array.from({ length: EACH }, () => ({
      id: randomUUID(),
      user_id: userId,
      kind: 'reach-out',
      due_at: dueAt,
      delivered_at: null,
      read_at: null,
      dismissed_at: null,
      loud: 0,
      link: '/people',
      about: null,
      partner_user_id: null,
      created_at: dueAt,
    })),
  );
  for (let i = 0; i < rows.length; i += 500)
    await database.db
      .insertInto('notifications')
      .values(rows.slice(i, i + 500))
      .execute();
  if (database.kind === 'postgres') await sql`analyze notifications`.execute(database.db);
}

/** The floor: due rows read a batch at a time and marked delivered, nothing else. */
async function bare(database: Database, now: string): Promise<number> {
  let n = 0;
  for (;;) {
    const got = await database.transaction(async (trx) => {
      const ids = (
        await trx
          .selectFrom('notifications')
          .select('id')
          .where('delivered_at', 'is', null)
          .where('due_at', '<=', now)
          .orderBy('due_at')
          .limit(BATCH)
          .execute()
      ).map((r) => r.id);
      if (ids.length) await trx.updateTable('notifications').set({ delivered_at: now }).where('id', 'in', ids).execute();
      return ids.length;
    });
    n += got;
    if (got < BATCH) return n;
  }
}

const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;

async function benchDialect(kind: DbKind, pgUrl?: string): Promise<void> {
  const { database, dispose, where } = await open(kind, pgUrl);
  try {
    await migrateToLatest(database);
    const people = await seedPeople(database);
    let pushes = 0;
    const channels: NotificationChannels = {
      push: { send: async () => (pushes++, 'sent') },
      mail: null,
      vapidPublicKey: async () => 'k',
      endpointProblem: () => null,
    };
    let clock = Date.parse('2026-06-01T12:00:00.000Z');
    const scheduler = new NotificationScheduler({ database, clock: () => new Date(clock), channels, log: silent, batch: BATCH });
    const ours: number[] = [];
    const base: number[] = [];
    let delivered = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      // A new day each run, so the daily maximum never counts an earlier run's pushes.
      clock += 86_400_000;
      const now = new Date(clock).toISOString();
      await seedDue(database, people, now);
      pushes = 0;
      const r = await timed(() => scheduler.runDue());
      await seedDue(database, people, now);
      const b = await timed(() => bare(database, now));
      // The first round warms caches and the statement cache: not counted.
      if (run === 0) continue;
      ours.push(r.ms);
      base.push(b.ms);
      delivered = r.value.delivered;
      if (pushes !== PEOPLE * EACH || b.value !== PEOPLE * EACH)
        throw new Error(`expected ${PEOPLE * EACH}, got ${pushes} pushes, ${b.value} bare`);
    }
    const a = stats(ours);
    const z = stats(base);
    console.log(`\n${kind} (${where}): ${delivered} due notifications, ${pushes} pushes, batches of ${BATCH}`);
    console.log(
      `  runDue: find, claim, send, record (${RUNS} runs)   median ${ms(a.median)}   ${((PEOPLE * EACH) / (a.median / 1000)).toFixed(0)} / s`,
    );
    console.log(`  bare claim: select + mark delivered (${RUNS} runs)  median ${ms(z.median)}`);
    console.log(`  ratio ${(a.median / z.median).toFixed(1)}× the bare claim`);
  } finally {
    await dispose();
  }
}

export async function notificationsBench(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nNotification scheduler: 10,000 due notifications to deliver (load average ${load})`);
  await benchDialect('sqlite');
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log('\npostgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a database this run may create a schema in)');
    return;
  }
  await benchDialect('postgres', pgUrl);
}
