import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { DisclosuresRepo } from '../../src/db/social/disclosures.repo.js';
import { DisclosuresService } from '../../src/server/social/disclosures.service.js';
import { PeopleService } from '../../src/server/social/people.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');

// The disclosure ladder, called directly: a step belongs to one of the person's own people, and an
// edit merges only what it names.
describe.each(dialects())('disclosures service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let stranger: Actor;
  let service: DisclosuresService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    stranger = await world.person('sam');
    service = new DisclosuresService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('records a step with someone on the map and merges an edit; an empty plan clears it', async () => {
    const rosa = await world.database.transaction((trx) =>
      new PeopleService(world.deps).create(trx, me, { name: 'Rosa', contexts: [], closeness: 'close' }),
    );
    const step = await world.database.transaction((trx) =>
      service.create(trx, me, rosa.id, {
        level: 'light',
        what: 'Told her about my new job',
        comfort: 3,
        nextStepPlan: 'Share how the first week went',
      }),
    );
    expect(step).toMatchObject({ personId: rosa.id, level: 'light', nextStepPlan: 'Share how the first week went' });
    const edited = await service.update(me, step.id, { comfort: 5, nextStepPlan: '' });
    expect(edited).toMatchObject({ level: 'light', what: 'Told her about my new job', comfort: 5, nextStepPlan: null, personId: rosa.id });
    expect(await new DisclosuresRepo(world.database.db).get(me, step.id)).toEqual(edited);
  });

  it('answers 404 for someone else’s person or step, and writes nothing', async () => {
    const kim = await world.database.transaction((trx) =>
      new PeopleService(world.deps).create(trx, stranger, { name: 'Kim', contexts: [], closeness: 'new' }),
    );
    const refused = await refusal(
      world.database.transaction((trx) => service.create(trx, me, kim.id, { level: 'personal', what: 'Something', comfort: 2 })),
    );
    expect(refused.status).toBe(404);
    const theirs = await world.database.transaction((trx) =>
      service.create(trx, stranger, kim.id, { level: 'personal', what: 'Their words', comfort: 2 }),
    );
    expect((await refusal(service.update(me, theirs.id, { what: 'Changed' }))).status).toBe(404);
    expect((await new DisclosuresRepo(world.database.db).get(stranger, theirs.id))?.what).toBe('Their words');
    expect(await new DisclosuresRepo(world.database.db).list(me, kim.id)).toEqual([]);
  });
});
