import type { Kysely } from 'kysely';

// Issue 5: the pursue–withdraw stage log, private to its author unless they share a moment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cycle_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('intensity', 'integer', (c) => c.notNull())
    .addColumn('triggers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    // The pair a shared moment was shared with: a later partner never sees what was shared before them.
    .addColumn('pair_id', 'text', (c) => c.references('pairs.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Covers the insights' read (every column the state machine needs, in time order).
  await db.schema
    .createIndex('cycle_events_user_occurred')
    .on('cycle_events')
    .columns(['user_id', 'occurred_at', 'created_at', 'id', 'stage', 'intensity'])
    .execute();
  await db.schema.createIndex('cycle_events_pair_shared').on('cycle_events').columns(['pair_id', 'shared', 'occurred_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cycle_events').ifExists().execute();
}
