import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { AssessmentsRepo } from '../../src/db/support/assessments.repo.js';
import { AssessmentsService } from '../../src/server/support/assessments.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');

// Questionnaires, called directly: answers checked question by question before anything is
// stored, each result compared with the person's own one before, and PHQ-9 item 9 always heard.
describe.each(dialects())('assessments service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let other: Actor;
  let service: AssessmentsService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    other = await world.person('sam');
    service = new AssessmentsService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('refuses an answer out of range by its question and stores nothing', async () => {
    const refused = await refusal(service.submit(me, 'gad7', [0, 1, 2, 3, 9, 0, 0]));
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((e) => e.field)).toEqual(['answers.4']);
    expect((await refusal(service.submit(me, 'gad7', [0, 1]))).errors?.map((e) => e.field)).toEqual(['answers']);
    expect(await new AssessmentsRepo(world.database.db).all(me)).toEqual([]);
  });

  it('compares a result with the person’s own one before, not someone else’s', async () => {
    await service.submit(other, 'gad7', [3, 3, 3, 3, 3, 3, 3]);
    const first = await service.submit(me, 'gad7', [2, 2, 2, 2, 2, 2, 2]);
    expect(first.assessment).toMatchObject({ total: 14, change: null });
    expect(first.crisis).toBe(false);
    world.setNow(new Date('2026-11-25T12:00:00.000Z'));
    const second = await service.submit(me, 'gad7', [1, 1, 1, 1, 1, 1, 1]);
    expect(second.assessment.total).toBe(7);
    expect(second.assessment.change).toMatchObject({ previousId: first.assessment.id, reliable: 'improvement' });
    world.setNow(NOW);
  });

  it('sets the crisis verdict for any PHQ-9 item 9 answer above 0, whatever the total', async () => {
    const low = await service.submit(me, 'phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(low.assessment.total).toBe(1);
    expect(low.crisis).toBe(true);
    expect((await service.submit(me, 'phq9', [2, 2, 2, 2, 2, 2, 2, 2, 0])).crisis).toBe(false);
  });
});
