import { randomUUID } from 'node:crypto';
import type { DeliveredKind } from '../../contracts/notifications/notifications.js';
import type { DbKind, Executor, Tx } from '../database.js';
import type { DeliveryState } from '../schema.js';

export interface ClaimedNotification {
  id: string;
  userId: string;
  kind: DeliveredKind;
  link: string | null;
  partnerUserId: string | null;
}

export interface NewDelivery {
  notificationId: string;
  channel: 'push' | 'email';
  subscriptionId: string | null;
}

export interface ClaimedDelivery extends NewDelivery {
  id: string;
  attempts: number;
}

/**
 * The scheduler's side of notifications: claiming what is due and keeping each channel's state.
 *
 * Why `FOR UPDATE SKIP LOCKED` and not a job-queue library: the due rows are already in our own
 * database, so a queue would be a second copy of them to keep in step, and another process or
 * schema to run. On PostgreSQL, `SKIP LOCKED` hands each due row to exactly one of the servers
 * claiming at the same moment (the others skip it instead of waiting for it, then find it
 * delivered), so several servers share the work with no coordinator. SQLite has one writer
 * process, and its transactions are serial, so the same statements without the lock do the same.
 */
export class DeliveriesRepo<E extends Executor = Executor> {
  constructor(
    private readonly db: E,
    private readonly dialect: DbKind,
  ) {}

  /**
   * Takes up to `limit` due notifications (only `ids`, when given) and marks them delivered: from
   * this commit on they are in the inbox, whatever happens to the sending.
   */
  async claimDue(this: DeliveriesRepo<Tx>, now: string, limit: number, ids?: string[]): Promise<ClaimedNotification[]> {
    if (ids && ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('notifications')
      .select(['id', 'user_id', 'kind', 'link', 'partner_user_id'])
      .where('delivered_at', 'is', null)
      .where('dismissed_at', 'is', null)
      .where('due_at', '<=', now)
      .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
      .orderBy('due_at')
      .limit(limit)
      .$if(this.dialect === 'postgres', (q) => q.forUpdate().skipLocked())
      .execute();
    if (rows.length === 0) return [];
    for (const chunk of chunks(rows.map((r) => r.id))) {
      await this.db.updateTable('notifications').set({ delivered_at: now }).where('id', 'in', chunk).execute();
    }
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind as DeliveredKind,
      link: r.link,
      partnerUserId: r.partner_user_id,
    }));
  }

  /** Each person's loud deliveries since `since` (enough to cover any local day), for the daily maximum. */
  async loudSince(userIds: string[], since: string): Promise<{ userId: string; deliveredAt: string }[]> {
    if (userIds.length === 0) return [];
    const out: { userId: string; deliveredAt: string }[] = [];
    for (const chunk of chunks(userIds)) {
      const rows = await this.db
        .selectFrom('notifications')
        .select(['user_id', 'delivered_at'])
        .where('user_id', 'in', chunk)
        .where('loud', '=', 1)
        .where('delivered_at', '>=', since)
        .execute();
      for (const r of rows) out.push({ userId: r.user_id, deliveredAt: r.delivered_at! });
    }
    return out;
  }

  async markLoud(ids: string[]): Promise<void> {
    for (const chunk of chunks(ids)) await this.db.updateTable('notifications').set({ loud: 1 }).where('id', 'in', chunk).execute();
  }

  /** The deliveries of a claim, written as 'sending' in the claim's own transaction. */
  async start(deliveries: NewDelivery[], now: string): Promise<ClaimedDelivery[]> {
    const rows = deliveries.map((d) => ({ ...d, id: randomUUID(), attempts: 1 }));
    for (const chunk of chunks(rows, 200)) {
      await this.db
        .insertInto('notification_deliveries')
        .values(
          chunk.map((d) => ({
            id: d.id,
            notification_id: d.notificationId,
            channel: d.channel,
            subscription_id: d.subscriptionId,
            state: 'sending' as const,
            attempts: d.attempts,
            next_attempt_at: null,
            updated_at: now,
          })),
        )
        .execute();
    }
    return rows;
  }

  /** Retries whose wait is over, taken the same way as due notifications: each by one server. */
  async claimRetries(this: DeliveriesRepo<Tx>, now: string, limit: number): Promise<ClaimedDelivery[]> {
    const rows = await this.db
      .selectFrom('notification_deliveries')
      .select(['id', 'notification_id', 'channel', 'subscription_id', 'attempts'])
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(limit)
      .$if(this.dialect === 'postgres', (q) => q.forUpdate().skipLocked())
      .execute();
    for (const chunk of chunks(rows.map((r) => r.id))) {
      await this.db
        .updateTable('notification_deliveries')
        .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), next_attempt_at: null, updated_at: now }))
        .where('id', 'in', chunk)
        .execute();
    }
    return rows.map((r) => ({
      id: r.id,
      notificationId: r.notification_id,
      channel: r.channel,
      subscriptionId: r.subscription_id,
      attempts: r.attempts + 1,
    }));
  }

  async finish(ids: string[], state: DeliveryState, now: string, nextAttemptAt: string | null = null): Promise<void> {
    for (const chunk of chunks(ids)) {
      await this.db
        .updateTable('notification_deliveries')
        .set({ state, next_attempt_at: nextAttemptAt, updated_at: now })
        .where('id', 'in', chunk)
        .execute();
    }
  }

  /** The notifications some deliveries belong to, for trying them again. */
  async notifications(ids: string[]): Promise<Map<string, ClaimedNotification>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('notifications')
      .select(['id', 'user_id', 'kind', 'link', 'partner_user_id'])
      .where('id', 'in', ids)
      .execute();
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, userId: r.user_id, kind: r.kind as DeliveredKind, link: r.link, partnerUserId: r.partner_user_id },
      ]),
    );
  }

  async ofNotification(notificationId: string): Promise<{ channel: string; state: DeliveryState; attempts: number }[]> {
    return this.db
      .selectFrom('notification_deliveries')
      .select(['channel', 'state', 'attempts'])
      .where('notification_id', '=', notificationId)
      .orderBy('channel')
      .execute();
  }
}

/** SQLite allows a limited number of bound values per statement; PostgreSQL 65,535. */
function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
