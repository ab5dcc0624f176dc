import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { FeedbackLinksRepo } from '../../src/db/social/feedback-links.repo.js';
import { FeedbackService } from '../../src/server/social/feedback.service.js';
import { PeopleService } from '../../src/server/social/people.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');

// Feedback links, called directly: made only for the person's own people, opened by the token
// alone, answered once (the crisis verdict stored with the words), closed when their time is up.
describe.each(dialects())('feedback service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let stranger: Actor;
  let service: FeedbackService;
  const personOf = (actor: Actor, name: string) =>
    world.database.transaction((trx) => new PeopleService(world.deps).create(trx, actor, { name, contexts: [], closeness: 'close' }));

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('Ana');
    stranger = await world.person('Sam');
    service = new FeedbackService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('makes a link only for someone on the person’s own map, and keeps no token', async () => {
    const theirs = await personOf(stranger, 'Kim');
    expect((await refusal(service.createLink(me, theirs.id))).status).toBe(404);
    expect(await new FeedbackLinksRepo(world.database.db).list(me)).toEqual([]);

    const rosa = await personOf(me, 'Rosa');
    const link = await service.createLink(me, rosa.id, 3);
    expect(link.expiresAt).toBe('2026-11-21T12:00:00.000Z');
    const stored = await new FeedbackLinksRepo(world.database.db).list(me, rosa.id);
    expect(stored.map((l) => l.id)).toEqual([link.id]);
    expect(JSON.stringify(stored)).not.toContain(link.token);
  });

  it('is answered once, with the crisis verdict stored beside the words', async () => {
    const luis = await personOf(me, 'Luis');
    const { id, token } = await service.createLink(me, luis.id);
    expect(await service.open(token)).toMatchObject({ state: 'open', askerName: 'Ana' });
    expect(await service.open('not-a-token')).toEqual({ state: 'unknown' });

    expect(await service.answer(token, { supportive: 'You listened', different: 'I want to die', other: '' })).toEqual({ crisis: true });
    expect(await service.answer(token, { supportive: 'A second answer' })).toBe('closed');
    expect(await service.open(token)).toEqual({ state: 'closed' });
    const [row] = (await new FeedbackLinksRepo(world.database.db).list(me, luis.id)).filter((l) => l.id === id);
    expect(row).toMatchObject({ supportive: 'You listened', other: null, crisis: true, answeredAt: NOW.toISOString() });
  });

  it('closes when its time is up, and an answer then stores nothing', async () => {
    const iris = await personOf(me, 'Iris');
    const { id, token } = await service.createLink(me, iris.id, 1);
    world.setNow(new Date('2026-11-19T12:00:00.000Z'));
    expect(await service.open(token)).toEqual({ state: 'closed' });
    expect(await service.answer(token, { supportive: 'Late words' })).toBe('closed');
    expect((await new FeedbackLinksRepo(world.database.db).list(me, iris.id)).find((l) => l.id === id)?.supportive).toBeNull();
    world.setNow(NOW);
  });
});
