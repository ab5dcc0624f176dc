import type { Kysely } from 'kysely';

/**
 * Two private 0–10 ratings a person gives with their weekly review (issue 5): how drained the ups
 * and downs leave them, and how secure they feel in the relationship. Only their own support
 * signals read them; the partner never sees them, even once the reviews are revealed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('weekly_checks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('drained', 'integer')
    .addColumn('secure', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('weekly_checks_pk', ['user_id', 'week_start'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('weekly_checks').ifExists().execute();
}
