import type { Kysely } from 'kysely';

/**
 * Throttle counters used to be keyed by client addresses, session ids and person ids as written;
 * they are digests now (core/account/tokens.ts). The old rows are dropped rather than rewritten: a
 * counter lasts 15 minutes, so nothing is lost but those minutes of counting, and the addresses and
 * ids leave the table (secure_delete overwrites them on SQLite).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<{ login_failures: { key: string } }>).deleteFrom('login_failures').execute();
}

export async function down(): Promise<void> {
  // Nothing to restore: the counters were only ever temporary.
}
