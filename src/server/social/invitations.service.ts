import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateInvitationBody, Invitation, UpdateInvitationBody } from '../../contracts/social/invitations.js';
import type { Actor } from '../../core/account/actor.js';
import type { Executor, Tx } from '../../db/database.js';
import { InvitationsRepo } from '../../db/social/invitations.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { notFound } from '../problem.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** Someone else's person id answers 404, exactly like one that does not exist. */
async function checkPerson(ex: Executor, actor: Actor, personId: string | null): Promise<void> {
  if (personId !== null && !(await new PeopleRepo(ex).owned(actor, [personId])).has(personId)) throw notFound();
}

/**
 * Low-stakes invitations: tied to someone on the person's own map or to nobody, and stamped with
 * the moment their status last changed, which is what the month-by-month summary counts from.
 */
export class InvitationsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Notes an invitation inside the caller's (idempotent) transaction. */
  async create(ex: Tx, actor: Actor, b: z.output<typeof CreateInvitationBody>): Promise<Invitation> {
    const personId = b.personId ?? null;
    await checkPerson(ex, actor, personId);
    const iso = this.deps.clock().toISOString();
    const invitation: Invitation = {
      id: randomUUID(),
      idea: b.idea,
      text: b.text,
      personId,
      status: b.status,
      note: b.note || null,
      plannedFor: b.plannedFor ?? null,
      statusChangedAt: iso,
      createdAt: iso,
      updatedAt: iso,
    };
    await new InvitationsRepo(ex).insert(actor, invitation);
    return invitation;
  }

  /** Changes what the body names; a new status moves `statusChangedAt`, the same status leaves it. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdateInvitationBody>): Promise<Invitation> {
    const now = this.deps.clock().toISOString();
    return this.deps.database.transaction(async (trx) => {
      const repo = new InvitationsRepo(trx);
      const current = ownedOr404(await repo.get(actor, id));
      if (b.personId !== undefined) await checkPerson(trx, actor, b.personId);
      const next: Invitation = {
        ...mergeDefined(current, { ...b, note: b.note === undefined ? undefined : b.note || null }),
        updatedAt: now,
      };
      if (next.status !== current.status) next.statusChangedAt = now;
      if (!(await repo.update(actor, next))) throw notFound();
      return next;
    });
  }
}
