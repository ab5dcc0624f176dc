import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateSupportResourceBody, SupportResource, UpdateSupportResourceBody } from '../../contracts/support/support.js';
import type { Actor } from '../../core/account/actor.js';
import { SupportResourcesRepo } from '../../db/support/support-resources.repo.js';
import { notFound } from '../problem.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';

/** The person's own list of places and people to turn to for support. */
export class SupportResourcesService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(actor: Actor, b: z.output<typeof CreateSupportResourceBody>): Promise<SupportResource> {
    const iso = this.deps.clock().toISOString();
    const resource: SupportResource = {
      id: randomUUID(),
      name: b.name,
      kind: b.kind,
      contact: b.contact ?? null,
      cost: b.cost ?? null,
      notes: b.notes ?? null,
      createdAt: iso,
      updatedAt: iso,
    };
    await new SupportResourcesRepo(this.deps.database.db).insert(actor, resource);
    return resource;
  }

  /** Changes the fields the body names; 404 when the entry is not the person's. */
  async update(actor: Actor, id: string, b: z.output<typeof UpdateSupportResourceBody>): Promise<SupportResource> {
    const repo = new SupportResourcesRepo(this.deps.database.db);
    const current = ownedOr404(await repo.get(actor, id));
    const next: SupportResource = { ...mergeDefined(current, b), updatedAt: this.deps.clock().toISOString() };
    if (!(await repo.update(actor, next))) throw notFound();
    return next;
  }
}
