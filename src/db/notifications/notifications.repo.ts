import type { Notification, DeliveredKind } from '../../contracts/notifications/notifications.js';
import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { Executor } from '../database.js';

export interface PlannedNotification {
  id: string;
  userId: string;
  kind: DeliveredKind;
  dueAt: string;
  link: string | null;
  about: string | null;
  partnerUserId: string | null;
  createdAt: string;
}

/** A notification as the inbox shows it, with the time that orders the inbox. */
export type InboxItem = Notification;

/**
 * The inbox side of notifications: what was planned, what reached the inbox, read, snoozed,
 * dismissed, cancelled. Every read and write is filtered by the person's own id, so another
 * person's notification is never found (and answers like one that never existed).
 */
export class NotificationsRepo {
  constructor(private readonly db: Executor) {}

  /** What scheduling needs to know of each person: their zone (quiet hours, the day) and where mail goes. */
  async people(userIds: string[]): Promise<Map<string, { timeZone: string; email: string }>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').select(['id', 'time_zone', 'email']).where('id', 'in', userIds).execute();
    return new Map(rows.map((r) => [r.id, { timeZone: r.time_zone, email: r.email }]));
  }

  /** Partners' display names, for "<name> sent a request": the only name a notification carries. */
  async displayNames(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  async insert(rows: PlannedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('notifications')
      .values(
        rows.map((r) => ({
          id: r.id,
          user_id: r.userId,
          kind: r.kind,
          due_at: r.dueAt,
          delivered_at: null,
          read_at: null,
          dismissed_at: null,
          link: r.link,
          about: r.about,
          partner_user_id: r.partnerUserId,
          created_at: r.createdAt,
        })),
      )
      .execute();
  }

  private inbox(actor: Actor) {
    return this.db
      .selectFrom('notifications as n')
      .leftJoin('users as p', 'p.id', 'n.partner_user_id')
      .select(['n.id', 'n.kind', 'n.due_at', 'n.delivered_at', 'n.read_at', 'n.link', 'p.display_name as partner_name'])
      .where('n.user_id', '=', actor.userId)
      .where('n.delivered_at', 'is not', null)
      .where('n.dismissed_at', 'is', null);
  }

  /** Delivered ones, newest delivery first, one more than `limit` (see pageBy). */
  async list(actor: Actor, page: { limit: number; after: SortKey | null }): Promise<InboxItem[]> {
    const rows = await this.inbox(actor)
      // keyset.ts's `before` names a bare id, which the join with users makes ambiguous.
      .$if(page.after !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb('n.delivered_at', '<', page.after!.at),
            eb.and([eb('n.delivered_at', '=', page.after!.at), eb('n.id', '<', page.after!.id)]),
          ]),
        ),
      )
      .orderBy('n.delivered_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(page.limit + 1)
      .execute();
    return rows.map(toItem);
  }

  async get(actor: Actor, id: string): Promise<InboxItem | undefined> {
    const r = await this.inbox(actor).where('n.id', '=', id).executeTakeFirst();
    return r && toItem(r);
  }

  async unread(actor: Actor): Promise<number> {
    const r = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', actor.userId)
      .where('delivered_at', 'is not', null)
      .where('dismissed_at', 'is', null)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async markRead(actor: Actor, id: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('notifications')
      .set({ read_at: now })
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .where('delivered_at', 'is not', null)
      .where('dismissed_at', 'is', null)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) return true;
    // Read already: still the person's, and reading it again changes nothing.
    return (await this.get(actor, id)) !== undefined;
  }

  /**
   * Back out of the inbox until `until`, when the scheduler delivers it again (with a sound, if
   * the person chose one: they asked to be told later). Only one that reached the inbox.
   */
  async snooze(actor: Actor, id: string, until: string): Promise<boolean> {
    const r = await this.db
      .updateTable('notifications')
      .set({ due_at: until, delivered_at: null, read_at: null, loud: 0 })
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .where('delivered_at', 'is not', null)
      .where('dismissed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** "Not now": gone from the inbox, and if not yet delivered, never delivered. */
  async dismiss(actor: Actor, id: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('notifications')
      .set({ dismissed_at: now })
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .where('dismissed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The ones about `about` still waiting to be delivered, soonest first. */
  async waiting(userId: string, kind: DeliveredKind, about: string): Promise<{ id: string; dueAt: string }[]> {
    const rows = await this.db
      .selectFrom('notifications')
      .select(['id', 'due_at'])
      .where('user_id', '=', userId)
      .where('about', '=', about)
      .where('kind', '=', kind)
      .where('delivered_at', 'is', null)
      .where('dismissed_at', 'is', null)
      .orderBy('due_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, dueAt: r.due_at }));
  }

  /**
   * Cancels what is still waiting: the thing it was about is done. Delivered ones stay in the
   * inbox as they are (the person saw them, or will); only `ids` when given.
   */
  async cancel(userId: string, kind: DeliveredKind, about: string, ids?: string[]): Promise<number> {
    if (ids && ids.length === 0) return 0;
    const r = await this.db
      .deleteFrom('notifications')
      .where('user_id', '=', userId)
      .where('about', '=', about)
      .where('kind', '=', kind)
      .where('delivered_at', 'is', null)
      .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Everything of this kind still waiting for the person, whatever it is about (before planning the next one). */
  async cancelKind(userId: string, kind: DeliveredKind): Promise<void> {
    await this.db
      .deleteFrom('notifications')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('delivered_at', 'is', null)
      .execute();
  }

  /** Every notification about something deleted, delivered or not: its link would lead nowhere. */
  async forget(userId: string, kind: DeliveredKind, about: string): Promise<void> {
    await this.db.deleteFrom('notifications').where('user_id', '=', userId).where('about', '=', about).where('kind', '=', kind).execute();
  }
}

function toItem(r: {
  id: string;
  kind: string;
  due_at: string;
  delivered_at: string | null;
  read_at: string | null;
  link: string | null;
  partner_name: string | null;
}): InboxItem {
  return {
    id: r.id,
    kind: r.kind as DeliveredKind,
    dueAt: r.due_at,
    deliveredAt: r.delivered_at,
    readAt: r.read_at,
    link: r.link,
    partnerName: r.kind === 'partner-request' ? r.partner_name : null,
  };
}
