import type { Kysely } from 'kysely';

/**
 * Sessions to ASVS L2 (issue 14.6): the idle time each person chooses (minutes; existing accounts
 * get the default, 7 days) and when a session last proved it is the person (login or
 * re-authentication), so exports can ask again after a few minutes. Existing sessions have no such
 * moment and are asked on their next export.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_idle_minutes', 'integer', (c) => c.notNull().defaultTo(7 * 24 * 60))
    .execute();
  await db.schema.alterTable('sessions').addColumn('authenticated_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('authenticated_at').execute();
  await db.schema.alterTable('users').dropColumn('session_idle_minutes').execute();
}
