import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Locale } from '../../contracts/locale.js';
import type { CreateUrgeBody, FollowUp, UpdateUrgeBody } from '../../contracts/reassurance/urges.js';
import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import type { Executor, Tx } from '../../db/database.js';
import { UrgesRepo, type UrgeRecord } from '../../db/reassurance/urges.repo.js';
import { notFound } from '../problem.js';
import { followUpInstants } from '../../core/notifications/schedule.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { planNotifications } from '../notifications/plan.js';
import { mergeDefined } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';
import { announceParked, parkUrgeTopic, type Parked } from './urge-parking.js';

/** An urge as written, with the topic it was parked as (when it was parked by this write). */
export interface UrgeWrite {
  urge: UrgeRecord;
  parked?: Parked | undefined;
}

/** The person's time zone decides which day an urge counts towards. */
async function dayOf(ex: Executor, actor: Actor, occurredAt: string): Promise<string> {
  const user = await new UsersRepo(ex).get(actor);
  return localDate(occurredAt, user?.timeZone ?? 'UTC');
}

/**
 * The two relief check-ins asked for as the urge is logged, written with it. A moment already gone
 * by (an urge logged an hour late) gets no reminder for it: only the ones still ahead are made.
 */
async function planFollowUps(ex: Tx, actor: Actor, urge: UrgeRecord, now: string): Promise<void> {
  const ahead = followUpInstants(urge.occurredAt).filter((at) => at > now);
  await planNotifications(
    ex,
    ahead.map((dueAt) => ({ userId: actor.userId, kind: 'urge-follow-up', dueAt, link: `/urges/${urge.id}`, about: urge.id })),
    now,
  );
}

/**
 * A rating answers the reminder it was asked by: the waiting one nearest the moment it describes
 * (occurredAt + minutesAfter), and any whose time has come already (a rating made from the urge
 * screen before the reminder was delivered). The later one stays, so the 2-hour check-in still comes.
 */
async function cancelRatedFollowUp(ex: Tx, actor: Actor, urge: UrgeRecord, minutesAfter: number, now: string): Promise<void> {
  const repo = new NotificationsRepo(ex);
  const waiting = await repo.waiting(actor.userId, 'urge-follow-up', urge.id);
  if (waiting.length === 0) return;
  const described = Date.parse(urge.occurredAt) + minutesAfter * 60_000;
  const nearest = waiting.reduce((a, b) => (Math.abs(Date.parse(b.dueAt) - described) < Math.abs(Date.parse(a.dueAt) - described) ? b : a));
  const ids = new Set([nearest.id, ...waiting.filter((w) => w.dueAt <= now).map((w) => w.id)]);
  await repo.cancel(actor.userId, 'urge-follow-up', urge.id, [...ids]);
}

/**
 * Urges and their follow-ups: the local day each counts towards, parking one as a topic in the
 * same transaction (on the check-in agenda in a pair, else for the next reflection), and telling
 * the partner's screens of a shared topic only after the commit. Times arrive as ISO instants.
 */
export class UrgesService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Writes a new urge inside the caller's transaction, the one that also records the
   * Idempotency-Key; call `announce` with the result after it commits. `locale` words the topic
   * Steady names for a parked urge the person gave no words to.
   */
  async create(
    ex: Tx,
    actor: Actor,
    member: PairMember | null,
    b: z.output<typeof CreateUrgeBody> & { occurredAt: string },
    locale: Locale,
  ): Promise<UrgeWrite> {
    const iso = this.deps.clock().toISOString();
    const urge: UrgeRecord = {
      id: randomUUID(),
      occurredAt: b.occurredAt,
      localDate: await dayOf(ex, actor, b.occurredAt),
      intensity: b.intensity,
      anxietyBefore: b.anxietyBefore,
      triggers: b.triggers,
      wantedTo: b.wantedTo ?? null,
      action: b.action,
      delayMinutes: b.delayMinutes ?? null,
      note: b.note ?? null,
      followUps: [],
      createdAt: iso,
      updatedAt: iso,
    };
    await new UrgesRepo(ex).insert(actor, urge);
    if (b.followUpReminders) await planFollowUps(ex, actor, urge, iso);
    const parked = urge.action === 'parked' ? await parkUrgeTopic(ex, actor, member, b.park, urge.wantedTo, iso, locale) : undefined;
    return { urge, parked };
  }

  /** Edits an urge (404 when the person has no such urge); parking it by this edit makes its one topic. */
  async update(
    actor: Actor,
    member: PairMember | null,
    id: string,
    b: z.output<typeof UpdateUrgeBody>,
    locale: Locale,
  ): Promise<UrgeWrite> {
    let parked: Parked | undefined;
    const urge = await this.deps.database.transaction(async (trx) => {
      const repo = new UrgesRepo(trx);
      if (!(await repo.lock(actor, id))) return undefined;
      const current = await repo.get(actor, id);
      if (!current) return undefined;
      const moved = b.occurredAt !== undefined && b.occurredAt !== current.occurredAt;
      const next: UrgeRecord = {
        // The time moves only with its local day, worked out here, so the body's own is left out of the merge.
        ...mergeDefined(current, { ...b, occurredAt: undefined }),
        ...(moved && { occurredAt: b.occurredAt, localDate: await dayOf(trx, actor, b.occurredAt!) }),
        updatedAt: this.deps.clock().toISOString(),
      };
      await repo.update(actor, current, next);
      // Only the edit that parks the urge makes a topic; editing an urge parked already makes no second one.
      if (next.action === 'parked' && current.action !== 'parked') {
        parked = await parkUrgeTopic(trx, actor, member, b.park, next.wantedTo, next.updatedAt, locale);
      }
      return next;
    });
    if (!urge) throw notFound();
    await this.announce({ urge, parked });
    return { urge, parked };
  }

  /** A later anxiety rating on an urge, inside the caller's (idempotent) transaction; 404 when not the person's. */
  async addFollowUp(
    ex: Tx,
    actor: Actor,
    urgeId: string,
    b: Pick<FollowUp, 'minutesAfter' | 'anxiety'>,
  ): Promise<{ followUpId: string; urge: UrgeRecord }> {
    const repo = new UrgesRepo(ex);
    const urge = (await repo.lock(actor, urgeId)) ? await repo.get(actor, urgeId) : undefined;
    if (!urge) throw notFound();
    const followUp: FollowUp = {
      id: randomUUID(),
      minutesAfter: b.minutesAfter,
      anxiety: b.anxiety,
      createdAt: this.deps.clock().toISOString(),
    };
    await repo.addFollowUp(actor, urge, followUp);
    await cancelRatedFollowUp(ex, actor, urge, b.minutesAfter, followUp.createdAt);
    const updated = await repo.get(actor, urgeId);
    if (!updated) throw notFound();
    return { followUpId: followUp.id, urge: updated };
  }

  /** Deletes an urge and every notification about it, in one transaction; false when the person has no such urge. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.deps.database.transaction(async (trx) => {
      if (!(await new UrgesRepo(trx).delete(actor, id))) return false;
      await new NotificationsRepo(trx).forget(actor.userId, 'urge-follow-up', id);
      return true;
    });
  }

  /** After the commit: a shared parked topic shows on the partner's screens at once. */
  async announce(write: UrgeWrite): Promise<void> {
    await announceParked(this.deps, write.parked);
  }
}
