import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_PLAN_NEWER, type SafetyPlanSteps } from '../../src/contracts/support/safety-plan.js';
import type { Actor } from '../../src/core/account/actor.js';
import { SafetyPlansRepo } from '../../src/db/support/safety-plans.repo.js';
import { SafetyPlanService } from '../../src/server/support/safety-plan.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const steps: SafetyPlanSteps = {
  warningSigns: ['I stop answering messages', '  ', 'I stop answering messages'],
  copingAlone: ['A long shower'],
  distractions: [],
  helpers: [
    { name: 'Rosa', phone: '+44 20 7946 0000' },
    { name: '', phone: '' },
  ],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: ['My cat, Miso'],
};

// The safety plan, called directly: what is kept of it, and which of two devices' edits wins.
describe.each(dialects())('safety plan service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let service: SafetyPlanService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    service = new SafetyPlanService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('keeps the plan without empty lines, repeats or empty contacts, and counts an edit from the future as now', async () => {
    const saved = await service.put(me, steps, '2026-11-18T13:00:00.000Z');
    expect(saved).toMatchObject({
      warningSigns: ['I stop answering messages'],
      helpers: [{ name: 'Rosa', phone: '+44 20 7946 0000' }],
      editedAt: NOW.toISOString(),
      version: 1,
    });
  });

  it('lets the later edit win and refuses an older one with 409 and the saved plan, unchanged', async () => {
    world.setNow(new Date('2026-11-18T15:00:00.000Z'));
    const newer = await service.put(me, { ...steps, reasonsForLiving: ['My cat, Miso', 'The sea'] }, '2026-11-18T14:00:00.000Z');
    expect(newer).toMatchObject({ version: 2, editedAt: '2026-11-18T14:00:00.000Z' });

    const stale = await refusal(service.put(me, { ...steps, reasonsForLiving: [] }, '2026-11-18T13:30:00.000Z'));
    expect(stale.status).toBe(409);
    expect(stale.more?.type).toBe(SAFETY_PLAN_NEWER);
    expect(stale.more?.extensions).toEqual({ current: newer });
    expect(await new SafetyPlansRepo(world.database.db).get(me)).toEqual(newer);
    world.setNow(NOW);
  });
});
