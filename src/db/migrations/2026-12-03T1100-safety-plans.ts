import type { Kysely } from 'kysely';

/**
 * One personal safety plan per person (issue 12). It is the person's alone: there is no pair
 * column, so no query can reach it through a pair. The seven steps are kept as one JSON document
 * because they are only ever read and replaced whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safety_plans')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('edited_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('safety_plans').ifExists().execute();
}
