import type { Kysely } from 'kysely';

/**
 * The pair's rhythm: the versioned reassurance agreement, parked topics, check-ins (one row per
 * occurrence, made the first time either member looks at it) and each person's calendar token.
 * Every table carries pair_id (or user_id, for tokens) as its tenancy key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pair_agreements')
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // proposed | accepted | superseded | replaced
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', 'text')
    .addColumn('check_in_rule', 'text', (c) => c.notNull())
    .addColumn('check_in_minutes', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('daily_request_cap', 'integer', (c) => c.notNull())
    .addColumn('request_template', 'text', (c) => c.notNull())
    .addColumn('acknowledgment_template', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pair_agreements_pk', ['pair_id', 'version'])
    .execute();

  await db.schema
    .createTable('pair_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    // 1: both members see it; 0: only its author ever does.
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('discussed_at', 'text')
    .addColumn('check_in_id', 'text')
    .execute();
  await db.schema.createIndex('pair_topics_pair_created').on('pair_topics').columns(['pair_id', 'created_at']).execute();
  await db.schema.createIndex('pair_topics_author').on('pair_topics').column('author_id').execute();

  await db.schema
    .createTable('pair_check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('duration_minutes', 'integer')
    .addColumn('notes', 'text')
    .execute();
  // One row per occurrence: both members reading "next" at once get the same id.
  await db.schema.createIndex('pair_check_ins_occurrence').on('pair_check_ins').columns(['pair_id', 'starts_at']).unique().execute();

  // Only a hash of the feed token is kept, like session tokens.
  await db.schema
    .createTable('calendar_tokens')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['calendar_tokens', 'pair_check_ins', 'pair_topics', 'pair_agreements'])
    await db.schema.dropTable(t).ifExists().execute();
}
