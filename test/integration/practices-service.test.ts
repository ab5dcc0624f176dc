import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { PracticesRepo } from '../../src/db/social/practices.repo.js';
import { PracticesService } from '../../src/server/social/practices.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

// 23:30 in London is already the next morning in Auckland (UTC+13 in November).
const NOW = new Date('2026-11-18T23:30:00.000Z');

// Daily practices, called directly: "today" is the person's own day, a day after it cannot be
// ticked, ticking twice counts once, and archiving keeps the first archive time.
describe.each(dialects())('practices service on %s', (kind) => {
  let world: ServiceWorld;
  let auckland: Actor;
  let london: Actor;
  let service: PracticesService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    auckland = await world.person('ana', 'Pacific/Auckland');
    london = await world.person('ben', 'Europe/London');
    service = new PracticesService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('counts days in the person’s own time zone and refuses a day that has not come', async () => {
    expect(await service.today(auckland)).toBe('2026-11-19');
    expect(await service.today(london)).toBe('2026-11-18');
    // The day is read before the transaction, as the route does: on SQLite a read beside it would wait for it.
    const today = await service.today(london);
    const practice = await world.database.transaction((trx) => service.create(trx, london, 'Text a friend', today));
    const refused = await refusal(service.mark(london, practice.id, '2026-11-19', true));
    expect(refused.status).toBe(400);
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'day', in: 'params' })]);
    expect((await new PracticesRepo(world.database.db).days(london, [practice.id])).get(practice.id) ?? []).toEqual([]);

    await service.mark(london, practice.id, '2026-11-18', true);
    const twice = await service.mark(london, practice.id, '2026-11-18', true);
    expect(twice).toMatchObject({ doneToday: true, days: { allTime: 1 } });
    const unticked = await service.mark(london, practice.id, '2026-11-18', false);
    expect(unticked).toMatchObject({ doneToday: false, days: { allTime: 0 } });
  });

  it('archives once, keeps the first archive time on a second archive, and brings it back', async () => {
    const practice = await world.database.transaction((trx) => service.create(trx, auckland, 'Morning walk', '2026-11-19'));
    const archived = await service.update(auckland, practice.id, { archived: true });
    expect(archived).toMatchObject({ archived: true, archivedAt: NOW.toISOString(), name: 'Morning walk' });
    world.setNow(new Date('2026-11-19T08:00:00.000Z'));
    const again = await service.update(auckland, practice.id, { archived: true, name: 'Evening walk' });
    expect(again).toMatchObject({ archivedAt: NOW.toISOString(), name: 'Evening walk' });
    expect(await service.update(auckland, practice.id, { archived: false })).toMatchObject({ archived: false, archivedAt: null });
    world.setNow(NOW);
  });

  it('answers 404 for someone else’s practice, to edit or to tick, and changes nothing', async () => {
    const theirs = await world.database.transaction((trx) => service.create(trx, auckland, 'Call mum', '2026-11-19'));
    expect((await refusal(service.update(london, theirs.id, { name: 'Mine' }))).status).toBe(404);
    expect((await refusal(service.mark(london, theirs.id, '2026-11-18', true))).status).toBe(404);
    expect(await service.view(auckland, theirs.id)).toMatchObject({ name: 'Call mum', days: { allTime: 0 } });
  });
});
