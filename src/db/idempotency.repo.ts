import type { Actor } from '../core/account/actor.js';
import type { Executor } from './database.js';

export interface IdempotencyRecord {
  operation: string;
  resourceId: string;
  /** Null for a key stored before requests were digested. */
  requestHash: string | null;
}

export class IdempotencyRepo {
  constructor(private readonly db: Executor) {}

  async find(actor: Actor, key: string): Promise<IdempotencyRecord | undefined> {
    const r = await this.db
      .selectFrom('idempotency_keys')
      .select(['operation', 'resource_id', 'request_hash'])
      .where('user_id', '=', actor.userId)
      .where('key', '=', key)
      .executeTakeFirst();
    return r && { operation: r.operation, resourceId: r.resource_id, requestHash: r.request_hash };
  }

  /** Throws a unique violation when a concurrent request stored the same key first. */
  async insert(actor: Actor, key: string, r: IdempotencyRecord, now: string): Promise<void> {
    await this.db
      .insertInto('idempotency_keys')
      .values({
        user_id: actor.userId,
        key,
        operation: r.operation,
        resource_id: r.resourceId,
        request_hash: r.requestHash,
        created_at: now,
      })
      .execute();
  }

  async deleteOlderThan(cutoff: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).execute();
  }
}
