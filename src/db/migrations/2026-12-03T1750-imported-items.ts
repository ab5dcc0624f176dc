import type { Kysely } from 'kysely';

/**
 * What an import brought from another Steady: each item's id on the server it came from, and the
 * id it was given here. A second import of the same export finds them and adds nothing; ids from
 * the other server are never used as ids here, so they cannot meet someone else's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imported_items')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imported_items_pk', ['user_id', 'kind', 'source_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imported_items').ifExists().execute();
}
