import type { Kysely } from 'kysely';

/**
 * Keys the server itself holds, by name (the VAPID key pair Web Push signs with). In the database
 * rather than a file so every app server on one PostgreSQL signs with the same key, and a restart
 * or a move to another machine keeps the subscriptions browsers made with it. Not a person's data:
 * no user_id, and never part of an export.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_keys').ifExists().execute();
}
