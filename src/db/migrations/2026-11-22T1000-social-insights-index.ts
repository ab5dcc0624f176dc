import type { Kysely } from 'kysely';

/**
 * One person's with-whom links of a period as a single index range, carrying every figure the
 * social insights sum. PostgreSQL reads that range once and hash-aggregates it per person: about
 * 10 ms for twelve dense weeks, where probing interaction_people_person_time once per person (2,000
 * nested index scans) took 30–40 ms. SQLite has no hash aggregate, so it keeps walking people in
 * order against interaction_people_person_time (db/social-insights.repo.ts picks the query).
 *
 * It starts with user_id, so it also finds an account's links when the account is deleted, which
 * is all interaction_people_user did: that index goes, and writes keep the same number of indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('interaction_people_user_time')
    .on('interaction_people')
    .columns(['user_id', 'occurred_at', 'person_id', 'initiated_by', 'gave', 'received', 'warmth', 'support'])
    .execute();
  await db.schema.dropIndex('interaction_people_user').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('interaction_people_user').on('interaction_people').column('user_id').execute();
  await db.schema.dropIndex('interaction_people_user_time').execute();
}
