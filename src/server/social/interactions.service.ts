import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateInteractionBody, Interaction, UpdateInteractionBody } from '../../contracts/social/interactions.js';
import type { Actor } from '../../core/account/actor.js';
import type { Tx } from '../../db/database.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { notFound } from '../problem.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** Empty words are no help noted, not a tick. */
const help = (h: boolean | string | undefined): Interaction['gave'] => (h === undefined || h === '' ? false : h);
const sorted = (ids: readonly string[]) => [...ids].sort();

/**
 * Time logged with people on the map. Each write locks the people it touches (before and after an
 * edit), so their last-contact times and the with-whom links' copies of the interaction's figures
 * are recounted in the same transaction as the interaction itself. Times arrive as ISO instants.
 */
export class InteractionsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Logs time together inside the caller's (idempotent) transaction; 404 unless every person is the actor's. */
  async create(ex: Tx, actor: Actor, b: z.output<typeof CreateInteractionBody> & { occurredAt: string }): Promise<Interaction> {
    if (!(await new PeopleRepo(ex).lock(actor, b.personIds))) throw notFound();
    const iso = this.deps.clock().toISOString();
    const interaction: Interaction = {
      id: randomUUID(),
      personIds: sorted(b.personIds),
      occurredAt: b.occurredAt,
      channel: b.channel,
      initiatedBy: b.initiatedBy,
      minutes: b.minutes ?? null,
      warmth: b.warmth,
      support: b.support,
      gave: help(b.gave),
      received: help(b.received),
      topics: b.topics ?? [],
      reflection: b.reflection || null,
      createdAt: iso,
      updatedAt: iso,
    };
    await new InteractionsRepo(ex).insert(actor, interaction);
    return interaction;
  }

  /** Edits the fields the body names; changing who or when recounts everyone involved before and after. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdateInteractionBody>): Promise<Interaction> {
    const updated = await this.deps.database.transaction(async (trx) => {
      const repo = new InteractionsRepo(trx);
      if (!(await repo.lock(actor, id))) return undefined;
      const current = await repo.get(actor, id);
      if (!current) return undefined;
      const next: Interaction = {
        ...mergeDefined(current, {
          ...b,
          personIds: b.personIds === undefined ? undefined : sorted(b.personIds),
          gave: b.gave === undefined ? undefined : help(b.gave),
          received: b.received === undefined ? undefined : help(b.received),
          reflection: b.reflection === undefined ? undefined : b.reflection || null,
        }),
        updatedAt: this.deps.clock().toISOString(),
      };
      // Someone else's person among the new ones answers like a missing interaction, and nothing changes.
      if (!(await new PeopleRepo(trx).lock(actor, [...current.personIds, ...next.personIds]))) return undefined;
      await repo.update(actor, current, next);
      return next;
    });
    return ownedOr404(updated);
  }

  /** Deletes an interaction and its links; the people it was with get their last contact recounted. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.deps.database.transaction(async (trx) => {
      const repo = new InteractionsRepo(trx);
      if (!(await repo.lock(actor, id))) return false;
      const current = await repo.get(actor, id);
      if (!current || !(await new PeopleRepo(trx).lock(actor, current.personIds))) return false;
      return repo.delete(actor, current);
    });
  }
}
