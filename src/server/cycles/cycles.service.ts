import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateCycleEventBody, CycleEvent, UpdateCycleEventBody } from '../../contracts/cycles/cycles.js';
import type { Actor } from '../../core/account/actor.js';
import { pairMemberFrom } from '../../core/pair/member.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import type { Executor, Tx } from '../../db/database.js';
import { PairsRepo } from '../../db/pair/pairs.repo.js';
import { publishToPair } from '../pair/pair-events.js';
import { notFound } from '../problem.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** The pair a shared moment goes to: the author's pair at the time of writing, if any. */
async function currentPairId(ex: Executor, actor: Actor): Promise<string | null> {
  return (await new PairsRepo(ex).activeMembership(actor))?.pairId ?? null;
}

/**
 * The pursue–withdraw stage log. A moment is private unless shared, and a shared one belongs to
 * the pair the author is in when it is written; the partner's open pair view hears of a shared
 * moment's change only after it commits, and of a private one never. Times arrive as ISO instants.
 */
export class CyclesService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Logs a moment inside the caller's (idempotent) transaction; call `announce` after it commits. */
  async create(ex: Tx, actor: Actor, b: z.output<typeof CreateCycleEventBody> & { occurredAt: string }): Promise<CycleEvent> {
    const iso = this.deps.clock().toISOString();
    const event: CycleEvent = {
      id: randomUUID(),
      occurredAt: b.occurredAt,
      stage: b.stage,
      actor: b.actor,
      intensity: b.intensity,
      triggers: b.triggers ?? [],
      note: b.note ?? null,
      shared: b.shared ?? false,
      createdAt: iso,
      updatedAt: iso,
    };
    await new CycleEventsRepo(ex).insert(actor, event, await currentPairId(ex, actor));
    return event;
  }

  /** Edits, shares or unshares a moment; the partner hears of it when it was or now is shared. 404 when not the author's. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdateCycleEventBody>): Promise<CycleEvent> {
    let wasShared = false;
    const updated = await this.deps.database.transaction(async (trx) => {
      const repo = new CycleEventsRepo(trx);
      const current = await repo.get(actor, id);
      if (!current) return undefined;
      wasShared = current.shared;
      const next: CycleEvent = { ...mergeDefined(current, b), updatedAt: this.deps.clock().toISOString() };
      await repo.update(actor, next, await currentPairId(trx, actor));
      return next;
    });
    const event = ownedOr404(updated);
    // Unsharing is news too: the moment leaves the partner's view.
    if (wasShared || event.shared) await this.announce(actor, event.id, event.updatedAt);
    return event;
  }

  /** Deletes a moment for good; a shared one leaves the partner's view at once. */
  async delete(actor: Actor, id: string): Promise<void> {
    const repo = new CycleEventsRepo(this.deps.database.db);
    const current = await repo.get(actor, id);
    if (!current || !(await repo.delete(actor, id))) throw notFound();
    if (current.shared) await this.announce(actor, current.id, this.deps.clock().toISOString());
  }

  /** Tells the partner's open pair view that a shared moment changed; someone with no pair tells nobody. */
  async announce(actor: Actor, id: string, at: string): Promise<void> {
    const membership = await new PairsRepo(this.deps.database.db).activeMembership(actor);
    if (membership) await publishToPair(this.deps, pairMemberFrom(actor, membership), 'moment.shared', id, at);
  }
}
