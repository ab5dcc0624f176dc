import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Practice, UpdatePracticeBody } from '../../contracts/social/practices.js';
import type { Actor } from '../../core/account/actor.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { practiceCounts } from '../../core/social/practices.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import type { Tx } from '../../db/database.js';
import { PracticesRepo, type PracticeRow } from '../../db/social/practices.repo.js';
import { badRequest, notFound } from '../problem.js';
import { ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** A practice with its counts of days done as of `today` (never a streak). */
export function toPractice(p: PracticeRow, days: readonly string[], today: string): Practice {
  const c = practiceCounts(days, today);
  return {
    id: p.id,
    name: p.name,
    archived: p.archivedAt !== null,
    archivedAt: p.archivedAt,
    days: { last7: c.last7, last30: c.last30, allTime: c.allTime },
    recentDays: c.recentDays,
    doneToday: c.doneToday,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/**
 * Small daily practices and the days they were done. "Today" is the person's own day, in their
 * time zone: a day after it cannot be ticked, and the counts are taken from it.
 */
export class PracticesService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The person's day now. Read it before a transaction: on SQLite a read elsewhere would wait for it. */
  async today(actor: Actor): Promise<string> {
    const timeZone = await new UsersRepo(this.deps.database.db).timeZoneOf(actor.userId);
    return localDate(this.deps.clock().toISOString(), timeZone ?? 'UTC');
  }

  /** The practice as the person sees it now, with its day counts; 404 when it is not theirs. */
  async view(actor: Actor, id: string): Promise<Practice> {
    const repo = new PracticesRepo(this.deps.database.db);
    const p = ownedOr404(await repo.get(actor, id));
    return toPractice(p, (await repo.days(actor, [p.id])).get(p.id) ?? [], await this.today(actor));
  }

  /** Picks a practice inside the caller's (idempotent) transaction; `today` is read before it opened. */
  async create(ex: Tx, actor: Actor, name: string, today: string): Promise<Practice> {
    const iso = this.deps.clock().toISOString();
    const row: PracticeRow = { id: randomUUID(), name, archivedAt: null, createdAt: iso, updatedAt: iso };
    await new PracticesRepo(ex).insert(actor, row);
    return toPractice(row, [], today);
  }

  /** Renames, or archives and brings back; archiving again keeps the first archive time. */
  async update(actor: Actor, id: string, { name, archived }: z.output<typeof UpdatePracticeBody>): Promise<Practice> {
    const repo = new PracticesRepo(this.deps.database.db);
    const current = ownedOr404(await repo.get(actor, id));
    const now = this.deps.clock().toISOString();
    const next: PracticeRow = {
      ...current,
      name: name ?? current.name,
      archivedAt: archived === undefined ? current.archivedAt : archived ? (current.archivedAt ?? now) : null,
      updatedAt: now,
    };
    if (!(await repo.update(actor, next))) throw notFound();
    return this.view(actor, current.id);
  }

  /** Ticks (done) or unticks a day, today or earlier in the person's time zone; ticking twice is once. */
  async mark(actor: Actor, id: string, day: string, done: boolean): Promise<Practice> {
    const repo = new PracticesRepo(this.deps.database.db);
    if (!(await repo.get(actor, id))) throw notFound();
    if (day > (await this.today(actor))) throw badRequest([{ field: 'day', in: 'params', message: 'That day has not come yet' }]);
    if (done) await repo.check(actor, id, day, this.deps.clock().toISOString());
    else await repo.uncheck(actor, id, day);
    return this.view(actor, id);
  }
}
