import type { Kysely } from 'kysely';

/**
 * Second factors (issue 14.7): an authenticator app's secret, passkeys, one-time recovery codes,
 * and the short-lived challenges between a login's first and second step. Every row references
 * its person with ON DELETE CASCADE, so nothing of it outlives the account. Recovery codes and
 * challenge tokens are kept as hashes only; the TOTP secret is sealed when the server has a key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('totp_factors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    // Null while the person has not yet proved the app works: until then the login does not ask for it.
    .addColumn('confirmed_at', 'text')
    // The last RFC 6238 time step accepted: a code is good once.
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    // A WebAuthn signature counter is an unsigned 32-bit number, past PostgreSQL's integer: kept as text.
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('backed_up', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();

  await db.schema
    .createTable('auth_challenges')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    // Null for a passkey sign-in, where nobody is known until the passkey answers.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('challenge', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_challenges_user').on('auth_challenges').column('user_id').execute();
  await db.schema.createIndex('auth_challenges_expiry').on('auth_challenges').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['auth_challenges', 'passkeys', 'recovery_codes', 'totp_factors']) await db.schema.dropTable(t).ifExists().execute();
}
