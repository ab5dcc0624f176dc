import { sql, type Kysely } from 'kysely';

/**
 * Pairs: two people linked to share an agreement, check-ins and the rest of the pair space.
 * A person has at most one active pair: a partial unique index over their live memberships, so
 * two joins racing for the same person cannot both succeed, whatever the application does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pairs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // IANA time zone the pair's rhythm (check-ins, daily caps) is counted in.
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await db.schema
    .createTable('pair_members')
    .addColumn('pair_id', 'text', (c) => c.notNull().references('pairs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .addPrimaryKeyConstraint('pair_members_pk', ['pair_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('pair_members_one_active')
    .on('pair_members')
    .column('user_id')
    .unique()
    .where(sql.ref('left_at'), 'is', null)
    .execute();

  // Codes are stored by hash, like session tokens: a copy of the database cannot be used to join.
  await db.schema
    .createTable('pair_invitations')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('inviter_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('pair_invitations_inviter').on('pair_invitations').column('inviter_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['pair_invitations', 'pair_members', 'pairs']) await db.schema.dropTable(t).ifExists().execute();
}
