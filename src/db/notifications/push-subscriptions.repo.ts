import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export interface PushSubscriptionRow {
  id: string;
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * The devices a person receives push on. An endpoint and its keys are as good as a password for
 * sending to that device, so they never leave this table but to the push sender: not in an answer,
 * an export or a log line.
 */
export class PushSubscriptionsRepo {
  constructor(private readonly db: Executor) {}

  /** The same endpoint again (the browser renewed its keys, or subscribed twice) updates the one row. */
  async upsert(
    actor: Actor,
    s: { endpoint: string; p256dh: string; auth: string },
    now: string,
  ): Promise<{ id: string; createdAt: string }> {
    const r = await this.db
      .insertInto('push_subscriptions')
      .values({
        id: randomUUID(),
        user_id: actor.userId,
        endpoint: s.endpoint,
        p256dh: s.p256dh,
        auth: s.auth,
        created_at: now,
        last_used_at: null,
      })
      .onConflict((oc) => oc.columns(['user_id', 'endpoint']).doUpdateSet({ p256dh: s.p256dh, auth: s.auth }))
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    return { id: r.id, createdAt: r.created_at };
  }

  async delete(actor: Actor, endpoint: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', actor.userId)
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async count(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('push_subscriptions')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async forUsers(userIds: string[]): Promise<PushSubscriptionRow[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db.selectFrom('push_subscriptions').selectAll().where('user_id', 'in', userIds).execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, endpoint: r.endpoint, p256dh: r.p256dh, auth: r.auth }));
  }

  async byIds(ids: string[]): Promise<PushSubscriptionRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('push_subscriptions').selectAll().where('id', 'in', ids).execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, endpoint: r.endpoint, p256dh: r.p256dh, auth: r.auth }));
  }

  /** The push service said this subscription no longer exists (404/410): it is forgotten. */
  async forget(id: string): Promise<void> {
    await this.db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
  }

  /** The devices a push just reached. */
  async used(ids: string[], now: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .updateTable('push_subscriptions')
        .set({ last_used_at: now })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
    }
  }
}
