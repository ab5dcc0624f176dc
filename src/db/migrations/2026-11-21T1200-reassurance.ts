import type { Kysely } from 'kysely';

// The reassurance loop: urges with their follow-up ratings, soothing-tool sessions, thought records.
// Every table carries user_id (its tenancy key) and cascades from users, like the foundation's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('urges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    // The calendar day the urge happened on for the person (in their time zone when logged), so
    // weekly counts group by a stored value instead of converting time zones over every row.
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('intensity', 'integer', (c) => c.notNull())
    .addColumn('anxiety_before', 'integer', (c) => c.notNull())
    .addColumn('triggers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('wanted_to', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('delay_minutes', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('urges_user_occurred').on('urges').columns(['user_id', 'occurred_at', 'id']).execute();

  // One row per trigger tag, for ranking triggers and suggesting past tags without parsing JSON.
  await db.schema
    .createTable('urge_triggers')
    .addColumn('urge_id', 'text', (c) => c.notNull().references('urges.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('urge_triggers_pk', ['urge_id', 'tag'])
    .execute();
  await db.schema.createIndex('urge_triggers_user_tag').on('urge_triggers').columns(['user_id', 'tag']).execute();

  await db.schema
    .createTable('urge_follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('urge_id', 'text', (c) => c.notNull().references('urges.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('minutes_after', 'integer', (c) => c.notNull())
    .addColumn('anxiety', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('urge_follow_ups_urge').on('urge_follow_ups').columns(['urge_id', 'minutes_after']).execute();
  await db.schema.createIndex('urge_follow_ups_user').on('urge_follow_ups').columns(['user_id']).execute();

  await db.schema
    .createTable('tool_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tool', 'text', (c) => c.notNull())
    .addColumn('variant', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer', (c) => c.notNull())
    .addColumn('distress_before', 'integer', (c) => c.notNull())
    .addColumn('distress_after', 'integer', (c) => c.notNull())
    // The urge may be deleted later; the session (and what it taught) stays.
    .addColumn('urge_id', 'text', (c) => c.references('urges.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tool_sessions_user_started').on('tool_sessions').columns(['user_id', 'started_at', 'id']).execute();

  await db.schema
    .createTable('thought_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('automatic_thought', 'text', (c) => c.notNull())
    .addColumn('emotion', 'text', (c) => c.notNull())
    .addColumn('emotion_intensity', 'integer', (c) => c.notNull())
    .addColumn('distortions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence_for', 'text', (c) => c.notNull())
    .addColumn('evidence_against', 'text', (c) => c.notNull())
    .addColumn('balanced_thought', 'text', (c) => c.notNull())
    .addColumn('emotion_intensity_after', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('thought_records_user_occurred').on('thought_records').columns(['user_id', 'occurred_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['thought_records', 'tool_sessions', 'urge_follow_ups', 'urge_triggers', 'urges']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
