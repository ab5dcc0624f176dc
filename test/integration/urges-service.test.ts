import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SteadyEvent } from '../../src/contracts/events.js';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import { pairMemberFrom, type PairMember } from '../../src/core/pair/member.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { PairsRepo } from '../../src/db/pair/pairs.repo.js';
import { PairTopicsRepo } from '../../src/db/pair/pair-topics.repo.js';
import { ReflectionTopicsRepo } from '../../src/db/reassurance/reflection-topics.repo.js';
import { UrgesRepo } from '../../src/db/reassurance/urges.repo.js';
import { LocalEventBus } from '../../src/server/events/bus.js';
import { HttpProblem } from '../../src/server/problem.js';
import { UrgesService } from '../../src/server/reassurance/urges.service.js';
import { dialects, freshDatabase, type TestDatabase } from '../support/dialects.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const urge = { intensity: 6, anxietyBefore: 7, triggers: ['late reply'], wantedTo: 'Ask if we are OK', action: 'soothed' as const };

// The urge rules, called directly on a real database: the local day, parking in the same
// transaction, what is announced and to whom. No Fastify, no HTTP.
describe.each(dialects())('urges service on %s', (kind) => {
  let database: TestDatabase;
  let alone: Actor;
  let member: PairMember;
  let partnered: Actor;
  const heard: { to: string; event: SteadyEvent }[] = [];
  let service: UrgesService;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const at = NOW.toISOString();
    const users = new UsersRepo(database.db);
    const person = (name: string, timeZone: string) =>
      users.insert({ id: randomUUID(), email: `${name}@example.org`, passwordHash: 'h', displayName: name, timeZone, region: 'GB' }, at);
    // Auckland (UTC+13 in November) is already on the 19th when it is noon on the 18th in London.
    const [a, b, c] = [await person('ana', 'Pacific/Auckland'), await person('ben', 'UTC'), await person('cy', 'UTC')];
    const pairId = randomUUID();
    await database.transaction((trx) => new PairsRepo(trx).createPair(pairId, [b.id, c.id], 'UTC', at));
    alone = actorFromSession({ userId: a.id, id: randomUUID() });
    partnered = actorFromSession({ userId: b.id, id: randomUUID() });
    member = pairMemberFrom(partnered, { pairId, partnerId: c.id, timeZone: 'UTC' });
    const events = new LocalEventBus();
    for (const id of [a.id, b.id, c.id]) events.subscribe(id, (event) => heard.push({ to: id, event }));
    service = new UrgesService({ database, events, clock: () => NOW });
  });
  afterAll(async () => database.dispose());

  it('counts an urge towards the person’s own day, and moves the day with the time on an edit', async () => {
    const { urge: written } = await database.transaction((trx) =>
      service.create(trx, alone, null, { ...urge, occurredAt: NOW.toISOString() }, 'en'),
    );
    expect(written.localDate).toBe('2026-11-19');
    const { urge: moved } = await service.update(
      alone,
      null,
      written.id,
      {
        occurredAt: '2026-11-18T20:00:00.000Z',
        note: 'later that day',
      },
      'en',
    );
    expect(moved).toMatchObject({ localDate: '2026-11-19', note: 'later that day', intensity: 6, wantedTo: 'Ask if we are OK' });
    const { urge: earlier } = await service.update(alone, null, written.id, { occurredAt: '2026-11-17T20:00:00.000Z' }, 'en');
    expect(earlier.localDate).toBe('2026-11-18');
    expect(earlier.note).toBe('later that day');
  });

  it('parks an urge with no partner on the person’s own reflection list, once, and tells nobody else', async () => {
    const { urge: written } = await database.transaction((trx) =>
      service.create(trx, alone, null, { ...urge, occurredAt: NOW.toISOString() }, 'en'),
    );
    const first = await service.update(alone, null, written.id, { action: 'parked' }, 'en');
    expect(first.parked?.view).toMatchObject({ place: 'reflection', text: 'Ask if we are OK', shared: false });
    const again = await service.update(alone, null, written.id, { note: 'still parked' }, 'en');
    expect(again.parked).toBeUndefined();
    expect((await new ReflectionTopicsRepo(database.db).all(alone)).filter((t) => t.text === 'Ask if we are OK')).toHaveLength(1);
    expect(heard.filter((h) => h.to !== alone.userId)).toEqual([]);
  });

  it('parks a shared topic on the pair’s check-in agenda and announces it to both after the write', async () => {
    const before = heard.length;
    const written = await database.transaction((trx) =>
      service.create(
        trx,
        partnered,
        member,
        {
          ...urge,
          action: 'parked',
          park: { text: 'Weekend plans', shared: true },
          occurredAt: NOW.toISOString(),
        },
        'en',
      ),
    );
    expect(written.parked?.view).toMatchObject({ place: 'check-in', text: 'Weekend plans', shared: true });
    expect(heard.length).toBe(before);
    await service.announce(written);
    expect(
      heard
        .slice(before)
        .map((h) => [h.to, h.event.type])
        .sort(),
    ).toEqual(
      [
        [member.userId, 'topic.parked'],
        [member.partnerId, 'topic.parked'],
      ].sort(),
    );
    expect((await new PairTopicsRepo(database.db).list(member)).map((t) => t.text)).toContain('Weekend plans');
  });

  it('answers 404 for someone else’s urge, to edit or to follow up, and writes nothing', async () => {
    const { urge: written } = await database.transaction((trx) =>
      service.create(trx, alone, null, { ...urge, occurredAt: NOW.toISOString() }, 'en'),
    );
    await expect(service.update(partnered, null, written.id, { note: 'not mine' }, 'en')).rejects.toBeInstanceOf(HttpProblem);
    await expect(
      database.transaction((trx) => service.addFollowUp(trx, partnered, written.id, { minutesAfter: 30, anxiety: 2 })),
    ).rejects.toMatchObject({ status: 404 });
    const { urge: followed } = await database.transaction((trx) =>
      service.addFollowUp(trx, alone, written.id, { minutesAfter: 30, anxiety: 2 }),
    );
    expect(followed.followUps.map((f) => f.anxiety)).toEqual([2]);
    expect((await new UrgesRepo(database.db).get(alone, written.id))?.note).toBeNull();
  });
});
