import type { Kysely } from 'kysely';

/**
 * One-time password reset links (issue 14.7). Only the SHA-256 of the token is kept, so a copy of
 * the database cannot be used to take over an account; a person has at most one live link (a
 * newer one replaces it), and the row goes away when used, when the password changes, or with the
 * account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('password_resets_user').on('password_resets').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_resets').ifExists().execute();
}
