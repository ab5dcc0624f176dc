import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { SupportResourcesRepo } from '../../src/db/support/support-resources.repo.js';
import { SupportResourcesService } from '../../src/server/support/support-resources.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');

// The list of support, called directly: an edit merges only what it names, on the person's own entries.
describe.each(dialects())('support resources service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let other: Actor;
  let service: SupportResourcesService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    other = await world.person('sam');
    service = new SupportResourcesService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('stores what is left out as none, and an edit changes only what it names', async () => {
    const added = await service.create(me, { name: 'Riverside counselling', kind: 'clinic' });
    expect(added).toMatchObject({ contact: null, cost: null, notes: null, createdAt: NOW.toISOString() });
    world.setNow(new Date('2026-11-19T09:00:00.000Z'));
    const edited = await service.update(me, added.id, { notes: 'Evening slots on Thursdays' });
    expect(edited).toMatchObject({
      name: 'Riverside counselling',
      kind: 'clinic',
      notes: 'Evening slots on Thursdays',
      updatedAt: '2026-11-19T09:00:00.000Z',
    });
    expect(await new SupportResourcesRepo(world.database.db).get(me, added.id)).toEqual(edited);
    world.setNow(NOW);
  });

  it('answers 404 for someone else’s entry and leaves it as it was', async () => {
    const theirs = await service.create(other, { name: 'Their helpline', kind: 'helpline' });
    expect((await refusal(service.update(me, theirs.id, { name: 'Mine' }))).status).toBe(404);
    expect((await new SupportResourcesRepo(world.database.db).get(other, theirs.id))?.name).toBe('Their helpline');
  });
});
