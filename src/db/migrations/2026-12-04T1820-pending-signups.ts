import type { Kysely } from 'kysely';

/**
 * Sign-ups waiting for their confirmation link (with mail set up). The account is made only when
 * the link is used, so nobody can hold an address they cannot read mail at; the link's token is
 * kept as a hash only. No reference to users: there is no account yet.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pending_signups')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pending_signups_email').on('pending_signups').column('email').execute();
  await db.schema.createIndex('pending_signups_expires').on('pending_signups').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_signups').ifExists().execute();
}
