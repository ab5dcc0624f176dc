import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { InteractionsRepo } from '../../src/db/social/interactions.repo.js';
import { PeopleRepo } from '../../src/db/social/people.repo.js';
import { InteractionsService } from '../../src/server/social/interactions.service.js';
import { PeopleService } from '../../src/server/social/people.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const coffee = { channel: 'in-person' as const, initiatedBy: 'me' as const, warmth: 4, support: 4 };

// Time logged with people, called directly: the people's last contact is recounted in the same
// transaction as the interaction, before and after an edit, and only the actor's people are touched.
describe.each(dialects())('interactions service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let stranger: Actor;
  let service: InteractionsService;
  const person = (actor: Actor, name: string) =>
    world.database.transaction((trx) => new PeopleService(world.deps).create(trx, actor, { name, contexts: [], closeness: 'close' }));
  const lastContact = async (id: string) => (await new PeopleRepo(world.database.db).get(me, id))?.lastContactAt;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    stranger = await world.person('sam');
    service = new InteractionsService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('logs time with people, sorted, with empty help words as no help, and moves their last contact', async () => {
    const [a, b] = [await person(me, 'Rosa'), await person(me, 'Luis')];
    const logged = await world.database.transaction((trx) =>
      service.create(trx, me, {
        ...coffee,
        personIds: [b.id, a.id].sort().reverse(),
        occurredAt: '2026-11-17T18:00:00.000Z',
        gave: '',
        received: 'a lift home',
        reflection: '',
      }),
    );
    expect(logged).toMatchObject({ personIds: [a.id, b.id].sort(), gave: false, received: 'a lift home', reflection: null, topics: [] });
    expect(await lastContact(a.id)).toBe('2026-11-17T18:00:00.000Z');
    expect(await lastContact(b.id)).toBe('2026-11-17T18:00:00.000Z');
  });

  it('refuses time with someone else’s person as 404 and writes nothing', async () => {
    const mine = await person(me, 'Marta');
    const theirs = await person(stranger, 'Kim');
    const refused = await refusal(
      world.database.transaction((trx) =>
        service.create(trx, me, { ...coffee, personIds: [mine.id, theirs.id], occurredAt: NOW.toISOString() }),
      ),
    );
    expect(refused.status).toBe(404);
    expect(await new InteractionsRepo(world.database.db).withPerson(me, mine.id, '2000-01-01T00:00:00.000Z', NOW.toISOString())).toEqual(
      [],
    );
    expect(await lastContact(mine.id)).toBeNull();
  });

  it('moving an interaction to someone else recounts both, and deleting it recounts again', async () => {
    const [first, second] = [await person(me, 'Iris'), await person(me, 'Noor')];
    const logged = await world.database.transaction((trx) =>
      service.create(trx, me, { ...coffee, personIds: [first.id], occurredAt: '2026-11-10T10:00:00.000Z' }),
    );
    const moved = await service.update(me, logged.id, { personIds: [second.id], warmth: 5 });
    expect(moved).toMatchObject({ personIds: [second.id], warmth: 5, support: 4, occurredAt: '2026-11-10T10:00:00.000Z' });
    expect(await lastContact(first.id)).toBeNull();
    expect(await lastContact(second.id)).toBe('2026-11-10T10:00:00.000Z');

    expect(await service.delete(stranger, logged.id)).toBe(false);
    expect(await service.delete(me, logged.id)).toBe(true);
    expect(await lastContact(second.id)).toBeNull();
    expect(await new InteractionsRepo(world.database.db).get(me, logged.id)).toBeUndefined();
  });

  it('an edit naming someone else’s person answers 404 and leaves the interaction as it was', async () => {
    const mine = await person(me, 'Eli');
    const theirs = await person(stranger, 'Jo');
    const logged = await world.database.transaction((trx) =>
      service.create(trx, me, { ...coffee, personIds: [mine.id], occurredAt: NOW.toISOString() }),
    );
    expect((await refusal(service.update(me, logged.id, { personIds: [theirs.id] }))).status).toBe(404);
    expect((await refusal(service.update(stranger, logged.id, { warmth: 1 }))).status).toBe(404);
    expect(await new InteractionsRepo(world.database.db).get(me, logged.id)).toMatchObject({ personIds: [mine.id], warmth: 4 });
  });
});
