import { z } from 'zod';
import { IsoDateTime } from '../common.js';
import { LocalDay } from '../pair/goals.js';
import { ReviewAnswer, WeeklyChecks } from '../pair/reviews.js';
import { SafetyVerdict } from './safety.js';

/** A Monday: the week a reflection belongs to, in the person's time zone. */
export const WeekParams = z.strictObject({
  weekStart: LocalDay.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, 'A week starts on a Monday').describe(
    'The Monday of the week, YYYY-MM-DD',
  ),
});

export const PutWeeklyReflectionBody = z
  .strictObject({
    answers: z.array(ReviewAnswer).min(1, 'Answer at least one question').max(10),
    checks: WeeklyChecks.optional().describe('Two private ratings that feed only your own support signals'),
  })
  .meta({ id: 'PutWeeklyReflectionBody' });
export type PutWeeklyReflectionBody = z.input<typeof PutWeeklyReflectionBody>;

export const WeeklyReflection = z
  .object({
    weekStart: LocalDay,
    open: z.boolean().describe('True during the week itself: it can be written or rewritten until the week ends'),
    answers: z.array(ReviewAnswer).nullable().describe('Null until written'),
    checks: z.object({ drained: z.number().int().nullable(), secure: z.number().int().nullable() }).nullable(),
    submittedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'WeeklyReflection' });
export type WeeklyReflection = z.infer<typeof WeeklyReflection>;

export const WeeklyReflectionResponse = z.object({ reflection: WeeklyReflection, safety: SafetyVerdict });
