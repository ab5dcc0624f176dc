import type { Kysely } from 'kysely';

// Issue 5: messages paused before sending, questionnaire results, and a personal list of support.
// All private to their author.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('feeling', 'text', (c) => c.notNull())
    .addColumn('cool_down_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('early', 'integer')
    .execute();
  await db.schema.createIndex('drafts_user_created').on('drafts').columns(['user_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('instrument', 'text', (c) => c.notNull())
    // JSON: the answers as given; scores are recomputed from them, so a scoring fix reaches old results.
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessments_user_created')
    .on('assessments')
    .columns(['user_id', 'instrument', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('support_resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('cost', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('support_resources_user').on('support_resources').columns(['user_id', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['support_resources', 'assessments', 'drafts']) await db.schema.dropTable(t).ifExists().execute();
}
