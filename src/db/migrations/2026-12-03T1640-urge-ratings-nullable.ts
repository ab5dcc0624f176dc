import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * An urge's strength and anxiety may be skipped (issue 13): a skipped rating is stored as null,
 * never as a number nobody chose. PostgreSQL drops the NOT NULL in place. SQLite cannot alter a
 * column, so the table is rebuilt the way SQLite documents it: foreign keys off (so dropping the
 * old table does not cascade into follow-ups, triggers and tool sessions, whose references name
 * `urges` and find the new table under that name), copy, swap, re-index, check every reference,
 * foreign keys on again. Kysely runs SQLite migrations outside a transaction, which is what lets
 * the pragma take effect; the rebuild itself is one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table urges alter column intensity drop not null, alter column anxiety_before drop not null`.execute(db);
    return;
  }
  await rebuildSqlite(db, false);
}

/** Back to NOT NULL: skipped ratings become the old middle value, the only number the old schema knew. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update urges set intensity = 5 where intensity is null`.execute(db);
  await sql`update urges set anxiety_before = 5 where anxiety_before is null`.execute(db);
  if (isPostgres(db)) {
    await sql`alter table urges alter column intensity set not null, alter column anxiety_before set not null`.execute(db);
    return;
  }
  await rebuildSqlite(db, true);
}

function isPostgres(db: Kysely<unknown>): boolean {
  return !(db.getExecutor().adapter instanceof SqliteAdapter);
}

async function rebuildSqlite(db: Kysely<unknown>, ratingsRequired: boolean): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('urges_rebuilt')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text', (c) => c.notNull())
        .addColumn('intensity', 'integer', (c) => (ratingsRequired ? c.notNull() : c))
        .addColumn('anxiety_before', 'integer', (c) => (ratingsRequired ? c.notNull() : c))
        .addColumn('triggers', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('wanted_to', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('delay_minutes', 'integer')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      const columns = sql.raw(
        'id, user_id, occurred_at, local_date, intensity, anxiety_before, triggers, wanted_to, action, delay_minutes, note, created_at, updated_at',
      );
      await sql`insert into urges_rebuilt (${columns}) select ${columns} from urges`.execute(trx);
      await trx.schema.dropTable('urges').execute();
      await trx.schema.alterTable('urges_rebuilt').renameTo('urges').execute();
      // The one index urges has by now (urges_user_occurred went with the insight rollups).
      await trx.schema
        .createIndex('urges_user_occurred_insights')
        .on('urges')
        .columns(['user_id', 'occurred_at', 'id', 'action', 'anxiety_before', 'intensity', 'local_date'])
        .execute();
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('The urges rebuild would leave references without their row');
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
