import type { Kysely } from 'kysely';

/**
 * Who last worded a joint goal's title, when it was not the goal's own author (either partner may
 * reword one). A deletion then knows which titles were the departing person's words, in a goal that
 * stays with the partner. Null means the author wrote it, which is all that older rows can say.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goals').addColumn('title_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('goals').dropColumn('title_by').execute();
}
