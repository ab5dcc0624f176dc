import type { Kysely } from 'kysely';

/**
 * Covering indexes for getReassuranceInsights (db/insights.repo.ts), which reads every urge of a
 * period with its follow-ups and trigger tags. Without them each urge costs a table-row lookup
 * on top of the index entry, and each follow-up and tag one more (measured on SQLite with ten
 * dense years: 1.3 s → 0.5–0.9 s; PostgreSQL gets index-only scans once the pages are vacuumed).
 * Every index leads with user_id, so one person's rows are one contiguous range.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Starts like urges_user_occurred (user_id, occurred_at, id), so it also serves every query that
  // one does; the rest of the columns are what the insights read.
  await db.schema
    .createIndex('urges_user_occurred_insights')
    .on('urges')
    .columns(['user_id', 'occurred_at', 'id', 'action', 'anxiety_before', 'intensity', 'local_date'])
    .execute();
  // Probed once per urge of the period (SQLite's nested loop), or read as one range per person
  // for a hash join (PostgreSQL).
  await db.schema
    .createIndex('urge_follow_ups_user_urge')
    .on('urge_follow_ups')
    .columns(['user_id', 'urge_id', 'minutes_after', 'anxiety'])
    .execute();
  await db.schema.createIndex('urge_triggers_user_urge').on('urge_triggers').columns(['user_id', 'urge_id', 'tag']).execute();
  await db.schema
    .createIndex('tool_sessions_user_started_insights')
    .on('tool_sessions')
    .columns(['user_id', 'started_at', 'tool', 'distress_before', 'distress_after'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'tool_sessions_user_started_insights',
    'urge_triggers_user_urge',
    'urge_follow_ups_user_urge',
    'urges_user_occurred_insights',
  ]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}
