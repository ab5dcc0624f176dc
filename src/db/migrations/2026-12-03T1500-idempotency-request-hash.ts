import type { Kysely } from 'kysely';

/**
 * A digest of the request an Idempotency-Key was first used with, so the same key sent with other
 * words is refused instead of silently answering with the first result. Null for keys stored
 * before this column (they expire within a day and are then compared by operation only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').addColumn('request_hash', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').dropColumn('request_hash').execute();
}
