import type { Kysely } from 'kysely';

/**
 * Loneliness and reciprocity (issue 6): the social map and everything hung on it. All of it is
 * private to its author; nothing here is ever joined to a pair.
 *
 * A person's contexts live in their own table (not a JSON column) so insights can group contact by
 * context in SQL. `last_contact_at` is kept by the interactions repository in the same transaction
 * as every interaction write, so the reach-out list reads one row per person instead of scanning
 * every interaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower-cased, whitespace-collapsed name: how a vCard import recognises someone already on the map.
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('closeness', 'text', (c) => c.notNull())
    .addColumn('rhythm_days', 'integer')
    .addColumn('notes', 'text')
    // The vCard UID a person was imported with, when the card had one.
    .addColumn('vcard_uid', 'text')
    .addColumn('snoozed_until', 'text')
    .addColumn('last_contact_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_user_name').on('people').columns(['user_id', 'name_key', 'id']).execute();
  await db.schema.createIndex('people_user_uid').on('people').columns(['user_id', 'vcard_uid']).execute();

  await db.schema
    .createTable('person_contexts')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('context', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_contexts_pk', ['person_id', 'context'])
    .execute();
  await db.schema.createIndex('person_contexts_user').on('person_contexts').columns(['user_id', 'context']).execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('initiated_by', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('warmth', 'integer', (c) => c.notNull())
    .addColumn('support', 'integer', (c) => c.notNull())
    // Help given / received: null = no, '' = a tick, any other text = what it was.
    .addColumn('gave', 'text')
    .addColumn('received', 'text')
    // JSON array of short topics.
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Covering for social insights: a period's counts, warmth, starts and help, and the join to who
  // was there (by id), are read from the index alone; lists use its (user_id, occurred_at, id) prefix.
  await db.schema.createIndex('interactions_user_time').on('interactions').columns(['user_id', 'occurred_at', 'id']).execute();
  // Insights sum a period per channel and initiator: with those two first, each of the few
  // (channel, initiator) pairs is one range read from this index alone, already grouped, where a
  // GROUP BY over the period would sort every interaction in it.
  await db.schema
    .createIndex('interactions_user_kind_time')
    .on('interactions')
    .columns(['user_id', 'channel', 'initiated_by', 'occurred_at', 'warmth', 'support', 'gave', 'received'])
    .execute();

  // Who was there; occurred_at is copied here so one person's history is read from one index.
  await db.schema
    .createTable('interaction_people')
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    // Copies of the interaction's own figures, kept by the interactions repository with every write,
    // so per-person and per-context insights sum one index range instead of joining every link
    // back to its interaction (the join was most of getSocialInsights' time at 200k interactions).
    .addColumn('initiated_by', 'text', (c) => c.notNull())
    .addColumn('warmth', 'integer', (c) => c.notNull())
    .addColumn('support', 'integer', (c) => c.notNull())
    // 0 or 1: whether help was given / received.
    .addColumn('gave', 'integer', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_people_pk', ['interaction_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('interaction_people_person_time')
    .on('interaction_people')
    // Covering: one person's history in time order, and a period's figures per person summed from
    // this index alone (the insights walk people in order and read one range each, so nothing is sorted).
    .columns(['person_id', 'occurred_at', 'interaction_id', 'initiated_by', 'gave', 'received', 'warmth', 'support'])
    .execute();
  // Deleting an account removes its links by user_id (ON DELETE CASCADE): found by index, not by a scan.
  await db.schema.createIndex('interaction_people_user').on('interaction_people').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('idea', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('planned_for', 'text')
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invitations_user_created').on('invitations').columns(['user_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('practices_user').on('practices').columns(['user_id', 'created_at', 'id']).execute();
  await db.schema
    .createTable('practice_checks')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The person's own calendar day, YYYY-MM-DD in their time zone.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_checks_pk', ['practice_id', 'day'])
    .execute();
  await db.schema.createIndex('practice_checks_user_day').on('practice_checks').columns(['user_id', 'day']).execute();

  await db.schema
    .createTable('feedback_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // SHA-256 of the token: the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('supportive', 'text')
    .addColumn('different', 'text')
    .addColumn('other', 'text')
    // 0 or 1: the answer held crisis language, so the owner is shown resources alongside it.
    .addColumn('crisis', 'integer')
    .execute();
  await db.schema.createIndex('feedback_links_person').on('feedback_links').columns(['person_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('comfort', 'integer', (c) => c.notNull())
    .addColumn('next_step_plan', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosures_person').on('disclosures').columns(['person_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('social_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // YYYY-MM in the person's time zone; one review per month.
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('strengthened', 'text')
    .addColumn('weakened', 'text')
    .addColumn('adjust', 'text')
    .addColumn('win', 'text')
    // The UCLA-3 result given with the review (kept in assessments, scored by the questionnaire engine).
    .addColumn('assessment_id', 'text', (c) => c.references('assessments.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('social_reviews_user_month', ['user_id', 'month'])
    .execute();

  // Per-person switches for the social map; today only whether rhythms appear in the calendar feed.
  await db.schema
    .createTable('social_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('rhythms_in_calendar', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'social_settings',
    'social_reviews',
    'disclosures',
    'feedback_links',
    'practice_checks',
    'practices',
    'invitations',
    'interaction_people',
    'interactions',
    'person_contexts',
    'people',
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
