import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { AssessmentsRepo } from '../../src/db/support/assessments.repo.js';
import { SocialReviewsService } from '../../src/server/social/social-reviews.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

// The last hour of November in London is already December in Auckland.
const NOW = new Date('2026-11-30T23:30:00.000Z');

// The monthly review, called directly: months of the person's own calendar, UCLA-3 answers checked
// like any questionnaire and kept as one result per review, replaced in the review's transaction.
describe.each(dialects())('social reviews service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let service: SocialReviewsService;
  const ucla3Results = async () => new AssessmentsRepo(world.database.db).all(me, 'ucla3');

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ben', 'Europe/London');
    service = new SocialReviewsService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('refuses a month that has not begun in the person’s time zone, and wrong answers by question', async () => {
    const early = await refusal(service.put(me, '2026-12', { win: 'Too soon' }));
    expect(early.errors).toEqual([expect.objectContaining({ field: 'month', in: 'params' })]);
    const wrong = await refusal(service.put(me, '2026-11', { ucla3: [1, 7, 2] }));
    expect(wrong.status).toBe(400);
    expect(wrong.errors?.map((e) => e.field)).toEqual(['ucla3.1']);
    const short = await refusal(service.put(me, '2026-11', { ucla3: [1, 2] }));
    expect(short.errors?.map((e) => e.field)).toEqual(['ucla3']);
    expect(await ucla3Results()).toEqual([]);
  });

  it('keeps words an edit leaves out, and replaces the UCLA-3 result rather than adding one', async () => {
    const first = await service.put(me, '2026-10', { strengthened: 'Choir on Tuesdays', win: 'Said yes to a dinner', ucla3: [2, 2, 3] });
    expect(first).toMatchObject({ strengthened: 'Choir on Tuesdays', win: 'Said yes to a dinner', ucla3Answers: [2, 2, 3] });
    const second = await service.put(me, '2026-10', { win: '', ucla3: [1, 1, 2] });
    expect(second).toMatchObject({ strengthened: 'Choir on Tuesdays', win: null, ucla3Answers: [1, 1, 2], id: first.id });
    expect((await ucla3Results()).map((r) => r.answers)).toEqual([[1, 1, 2]]);
    expect(second.assessmentId).toBe((await ucla3Results())[0]!.id);

    const removed = await service.put(me, '2026-10', { ucla3: null });
    expect(removed).toMatchObject({ assessmentId: null, ucla3Answers: null, strengthened: 'Choir on Tuesdays' });
    expect(await ucla3Results()).toEqual([]);
  });
});
