import { z } from 'zod';
import { Id, IsoDateTime } from '../common.js';

/** How many of the most recent waits the ladder lists; `basis` still counts every one. */
export const LADDER_STEPS_SHOWN = 30;

export const LadderStep = z
  .object({
    urgeId: Id.describe('The urge you waited after'),
    occurredAt: IsoDateTime,
    waitedMinutes: z.number().int().describe('How long you chose to wait'),
    anxietyBefore: z.number().int().nullable().describe('Anxiety at the urge; null: not rated'),
    anxietyAfter: z.number().int().nullable().describe('The first follow-up rating at or after the wait ended; null: none'),
    outcome: z
      .enum(['eased', 'steady', 'unrated'])
      .describe('eased: anxiety was lower after the wait; steady: it was not; unrated: no rating before or after to compare'),
    suggestedAfter: z.number().int().describe('The wait offered after this one, in minutes'),
    grew: z.boolean().describe('Whether this wait moved the offer up'),
  })
  .meta({ id: 'WaitingLadderStep' });
export type LadderStep = z.infer<typeof LadderStep>;

export const WaitingLadder = z
  .object({
    suggestedMinutes: z.number().int().nullable().describe('The wait to offer next, 5–60 minutes; null until you have waited once'),
    grewFrom: LadderStep.nullable().describe('The wait the offer last grew from; null while it has not grown'),
    steps: z.array(LadderStep).describe(`Your most recent ${LADDER_STEPS_SHOWN} waits, oldest first`),
    basis: z
      .object({
        waits: z.number().int().describe('Every urge you logged a wait for'),
        rated: z.number().int().describe('Waits with a rating at the urge and one after the wait'),
        eased: z.number().int().describe('Rated waits after which anxiety was lower'),
      })
      .describe('How much of your own data the ladder stands on'),
  })
  .meta({ id: 'WaitingLadder' });
export type WaitingLadder = z.infer<typeof WaitingLadder>;
