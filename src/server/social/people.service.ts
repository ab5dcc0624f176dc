import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreatePersonBody, Person, UpdatePersonBody } from '../../contracts/social/people.js';
import type { Actor } from '../../core/account/actor.js';
import { planImport, type ImportPlan } from '../../core/social/import-plan.js';
import type { VCardCard } from '../../core/social/vcard.js';
import type { Tx } from '../../db/database.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { ownedOr404, mergeDefined } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** An empty note is no note: stored as null, so "has notes" stays true only for real words. */
const orNull = (s: string | null | undefined) => (s === undefined || s === null || s === '' ? null : s);

/**
 * The people on the social map: adding someone, editing them under their row's lock, and a vCard
 * import that merges into who is already there in one transaction. Times arrive as ISO instants.
 */
export class PeopleService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Adds a person inside the caller's transaction, the one that also records the Idempotency-Key. */
  async create(ex: Tx, actor: Actor, b: z.output<typeof CreatePersonBody>): Promise<Person> {
    const iso = this.deps.clock().toISOString();
    const repo = new PeopleRepo(ex);
    const id = randomUUID();
    await repo.insert(actor, {
      id,
      name: b.name,
      contexts: b.contexts,
      closeness: b.closeness,
      rhythmDays: b.rhythmDays ?? null,
      notes: orNull(b.notes),
      snoozedUntil: null,
      createdAt: iso,
      updatedAt: iso,
    });
    // Read back: the stored contexts come in their fixed order, as every later read shows them.
    return ownedOr404(await repo.get(actor, id));
  }

  /** Changes only the fields the body names; `notes: null` or "" clears them. 404 when not the person's. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdatePersonBody>): Promise<Person> {
    const updated = await this.deps.database.transaction(async (trx) => {
      const repo = new PeopleRepo(trx);
      // Locked first: an interaction logged meanwhile recounts last contact on this same row.
      if (!(await repo.lock(actor, [id]))) return undefined;
      const current = await repo.get(actor, id);
      if (!current) return undefined;
      const next: Person = {
        ...mergeDefined(current, { ...b, notes: b.notes === undefined ? undefined : orNull(b.notes) }),
        updatedAt: this.deps.clock().toISOString(),
      };
      await repo.update(actor, next);
      return repo.get(actor, next.id);
    });
    return ownedOr404(updated);
  }

  /**
   * Adds the cards' people, merging a card into whoever it matches (by UID, then name), in one
   * transaction that holds the person's lock, so two imports at once cannot add everyone twice.
   */
  async importCards(
    actor: Actor,
    cards: readonly VCardCard[],
  ): Promise<{ imported: number; merged: number; people: ImportPlan['outcomes'] }> {
    const now = this.deps.clock().toISOString();
    const plan = await this.deps.database.transaction(async (trx) => {
      const repo = new PeopleRepo(trx);
      const plan = planImport(cards, await repo.importKeys(actor), randomUUID);
      await repo.applyImport(actor, plan.create, plan.fill, now);
      return plan;
    });
    return { imported: plan.create.length, merged: plan.outcomes.length - plan.create.length, people: plan.outcomes };
  }
}
