import type { Kysely } from 'kysely';

/**
 * The first-run welcome: what brought the person here (focus, comma-separated in the app's order,
 * empty until chosen) and how the welcome ended. Existing accounts start with welcome null, so
 * they are offered it once too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('focus', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('users').addColumn('welcome', 'text').execute();
  await db.schema.alterTable('users').addColumn('welcomed_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('welcomed_at').execute();
  await db.schema.alterTable('users').dropColumn('welcome').execute();
  await db.schema.alterTable('users').dropColumn('focus').execute();
}
