import type { Kysely } from 'kysely';

/**
 * Topics kept by a person with no partner linked, for their own next reflection. They belong to the
 * person alone (user_id is the tenancy key), so unlike pair_topics they can never reach a partner,
 * not even one linked later.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reflection_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reflection_topics_user_created').on('reflection_topics').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reflection_topics').ifExists().execute();
}
