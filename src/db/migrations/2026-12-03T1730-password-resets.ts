import type { Kysely } from 'kysely';

/**
 * One-time password reset links (issue 14.7). Only the SHA-256 of the token is kept, so a copy of
 * the database cannot be used to take over an account. One row per person: a newer link replaces
 * the older in one upsert, so even two requests at once leave a single live link. The row goes
 * away when used, when the password changes, or with the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_resets').ifExists().execute();
}
