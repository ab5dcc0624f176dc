import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { pairMemberFrom } from '../../src/core/pair/member.js';
import { CycleEventsRepo } from '../../src/db/cycles/cycle-events.repo.js';
import { CyclesService } from '../../src/server/cycles/cycles.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const moment = { stage: 'pursuit' as const, actor: 'me' as const, intensity: 6, occurredAt: '2026-11-18T08:00:00.000Z' };

// The stage log, called directly: a shared moment goes to the author's pair of the moment, the
// partner hears of shared changes only (unsharing included), and a private one says nothing.
describe.each(dialects())('cycles service on %s', (kind) => {
  let world: ServiceWorld;
  let ana: Actor;
  let ben: Actor;
  let alone: Actor;
  let pairId: string;
  let service: CyclesService;
  const heardSince = (n: number) => world.heard.slice(n).map((h) => [h.to, h.event.type]);

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    [ana, ben, alone] = [await world.person('ana'), await world.person('ben'), await world.person('cy')];
    pairId = await world.pair(ana, ben);
    service = new CyclesService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('a private moment stays out of the pair view and tells nobody, until it is shared', async () => {
    const before = world.heard.length;
    const event = await world.database.transaction((trx) => service.create(trx, ana, { ...moment, note: 'Sent three texts' }));
    expect(event).toMatchObject({ shared: false, triggers: [], note: 'Sent three texts' });
    const member = pairMemberFrom(ben, { pairId, partnerId: ana.userId, timeZone: 'UTC' });
    expect((await new CycleEventsRepo(world.database.db).shared(member, { limit: 10 })).map((e) => e.id)).not.toContain(event.id);

    await service.update(ana, event.id, { intensity: 4 });
    expect(heardSince(before)).toEqual([]);

    const shared = await service.update(ana, event.id, { shared: true });
    expect(shared).toMatchObject({ shared: true, intensity: 4, note: 'Sent three texts' });
    expect(heardSince(before).sort()).toEqual(
      [
        [ana.userId, 'moment.shared'],
        [ben.userId, 'moment.shared'],
      ].sort(),
    );
    expect((await new CycleEventsRepo(world.database.db).shared(member, { limit: 10 })).map((e) => e.id)).toContain(event.id);

    const unshareFrom = world.heard.length;
    await service.update(ana, event.id, { shared: false });
    expect(
      heardSince(unshareFrom)
        .map(([to]) => to)
        .sort(),
    ).toEqual([ana.userId, ben.userId].sort());
  });

  it('deleting a shared moment tells the partner; someone with no pair tells nobody', async () => {
    const shared = await world.database.transaction((trx) => service.create(trx, ana, { ...moment, shared: true }));
    const before = world.heard.length;
    await service.delete(ana, shared.id);
    expect(
      heardSince(before)
        .map(([to]) => to)
        .sort(),
    ).toEqual([ana.userId, ben.userId].sort());

    const mine = await world.database.transaction((trx) => service.create(trx, alone, { ...moment, shared: true }));
    const quiet = world.heard.length;
    await service.announce(alone, mine.id, NOW.toISOString());
    await service.delete(alone, mine.id);
    expect(world.heard.length).toBe(quiet);
  });

  it('answers 404 for someone else’s moment, to edit or delete, and changes nothing', async () => {
    const event = await world.database.transaction((trx) => service.create(trx, ana, moment));
    expect((await refusal(service.update(ben, event.id, { intensity: 1 }))).status).toBe(404);
    expect((await refusal(service.delete(ben, event.id))).status).toBe(404);
    expect(await new CycleEventsRepo(world.database.db).get(ana, event.id)).toMatchObject({ intensity: 6 });
  });
});
