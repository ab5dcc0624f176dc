import type { Kysely } from 'kysely';

/**
 * Support between partners (issue 4): structured reassurance requests, kudos, the joint stress
 * plan, weekly goals with progress notes, and reviews. Pair objects carry pair_id (their tenancy
 * key) and the author's user_id, so an export can file each row under the person who wrote it;
 * personal goals and monthly reflections carry user_id and, when shared, nothing more.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reassurance_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('minutes', 'integer', (c) => c.notNull())
    // 1 when sent during a check-in window: such requests never count against the daily cap.
    .addColumn('in_window', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('responder_id', 'text')
    .addColumn('note', 'text')
    .addColumn('later_at', 'text')
    .addColumn('listen_started_at', 'text')
    .addColumn('listen_ends_at', 'text')
    .addColumn('plan', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('reassurance_requests_pair_created').on('reassurance_requests').columns(['pair_id', 'created_at']).execute();
  await db.schema
    .createIndex('reassurance_requests_requester')
    .on('reassurance_requests')
    .columns(['requester_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('kudos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('giver_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kudos_pair_created').on('kudos').columns(['pair_id', 'created_at']).execute();
  await db.schema.createIndex('kudos_giver').on('kudos').column('giver_id').execute();

  await db.schema
    .createTable('stress_plans')
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** JSON array of {notice, will, help}. */
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text')
    .addColumn('accepted_at', 'text')
    // Two proposals racing for the same next version: the primary key lets exactly one in.
    .addPrimaryKeyConstraint('stress_plans_pk', ['pair_id', 'version'])
    .execute();
  await db.schema.createIndex('stress_plans_proposer').on('stress_plans').column('proposed_by').execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Set for joint goals only: a personal goal belongs to its author, shared or not.
    .addColumn('pair_id', 'text', (c) => c.references('pairs.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_user_week').on('goals').columns(['user_id', 'week_start']).execute();
  await db.schema.createIndex('goals_pair_week').on('goals').columns(['pair_id', 'week_start']).execute();

  await db.schema
    .createTable('goal_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_notes_goal').on('goal_notes').column('goal_id').execute();
  await db.schema.createIndex('goal_notes_user').on('goal_notes').column('user_id').execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Weekly reviews belong to the pair they were written in; monthly reflections to nobody else.
    .addColumn('pair_id', 'text', (c) => c.references('pairs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    /** The pair id for weekly reviews, 'self' for monthly ones: one review per person, kind, period and scope. */
    .addColumn('scope_key', 'text', (c) => c.notNull())
    /** JSON array of {prompt, text}. */
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reviews_one_per_period', ['user_id', 'kind', 'period_start', 'scope_key'])
    .execute();
  await db.schema.createIndex('reviews_pair_period').on('reviews').columns(['pair_id', 'period_start']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['reviews', 'goal_notes', 'goals', 'stress_plans', 'kudos', 'reassurance_requests']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
