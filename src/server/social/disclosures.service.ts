import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateDisclosureBody, Disclosure, UpdateDisclosureBody } from '../../contracts/social/disclosures.js';
import type { Actor } from '../../core/account/actor.js';
import type { Tx } from '../../db/database.js';
import { DisclosuresRepo } from '../../db/social/disclosures.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { notFound } from '../problem.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** An empty plan is no plan. */
const planOf = (p: string | null | undefined) => (p === undefined ? undefined : p || null);

/** The disclosure ladder: steps of sharing with one person on the map, and only one of the person's own. */
export class DisclosuresService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Records a step with someone inside the caller's (idempotent) transaction; 404 when they are not on the map. */
  async create(ex: Tx, actor: Actor, personId: string, b: z.output<typeof CreateDisclosureBody>): Promise<Disclosure> {
    if (!(await new PeopleRepo(ex).owned(actor, [personId])).has(personId)) throw notFound();
    const iso = this.deps.clock().toISOString();
    const d: Disclosure = {
      id: randomUUID(),
      personId,
      level: b.level,
      what: b.what,
      comfort: b.comfort,
      nextStepPlan: planOf(b.nextStepPlan) ?? null,
      createdAt: iso,
      updatedAt: iso,
    };
    await new DisclosuresRepo(ex).insert(actor, d);
    return d;
  }

  /** Changes what the body names; the person the step was with stays who it was. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdateDisclosureBody>): Promise<Disclosure> {
    const repo = new DisclosuresRepo(this.deps.database.db);
    const current = ownedOr404(await repo.get(actor, id));
    const next: Disclosure = {
      ...mergeDefined(current, { ...b, nextStepPlan: planOf(b.nextStepPlan) }),
      updatedAt: this.deps.clock().toISOString(),
    };
    if (!(await repo.update(actor, next))) throw notFound();
    return next;
  }
}
