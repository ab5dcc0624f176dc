import type { Kysely } from 'kysely';

/**
 * The optional app lock (issue 14.8): one PIN hash per person, and per session whether it is
 * locked, when the app was last in use and how many wrong PINs it has had. A row of its own rather
 * than columns on `sessions`, so a session without a lock costs nothing and ending a session ends
 * its lock state with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_locks')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('idle_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('session_locks')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('locked_at', 'text')
    .addColumn('active_at', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('session_locks_user').on('session_locks').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('session_locks').ifExists().execute();
  await db.schema.dropTable('app_locks').ifExists().execute();
}
