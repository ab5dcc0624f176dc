import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';
import { Scale010, Tags } from '../tags.js';
import { RangeQuery } from '../reassurance/urges.js';

export const STAGES = ['pursuit', 'withdrawal', 'reconnection'] as const;
export const Stage = z
  .enum(STAGES)
  .describe(
    'pursuit: reaching for closeness, pushing for contact; withdrawal: pulling back, shutting down; reconnection: coming back together',
  );

export const CYCLE_NOTE_MAX = 2_000;

export const CreateCycleEventBody = z.strictObject({
  occurredAt: IsoDateTime.describe('When it happened'),
  stage: Stage,
  actor: z.enum(['me', 'partner']).describe('Who moved: you or your partner'),
  intensity: Scale010.describe('How intense it was, 0–10'),
  triggers: Tags.optional(),
  note: freeText(z.string().max(CYCLE_NOTE_MAX, `Keep the note under ${CYCLE_NOTE_MAX.toLocaleString('en')} characters`))
    .nullable()
    .optional(),
  shared: z.boolean().optional().describe('Show this moment to your partner in the pair view (default: private)'),
});
export type CreateCycleEventBody = z.input<typeof CreateCycleEventBody>;

export const UpdateCycleEventBody = CreateCycleEventBody.partial();

export const CycleEvent = z
  .object({
    id: Id,
    occurredAt: IsoDateTime,
    stage: Stage,
    actor: z.enum(['me', 'partner']),
    intensity: z.number().int(),
    triggers: z.array(z.string()),
    note: z.string().nullable(),
    shared: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'CycleEvent' });
export type CycleEvent = z.infer<typeof CycleEvent>;

export const CycleEventResponse = z.object({ event: CycleEvent, safety: SafetyVerdict });
export const ListCycleEventsQuery = z.strictObject({ ...RangeQuery, ...PageQuery });
export const CycleEventPage = pageOf(CycleEvent);

/** A shared moment in the pair view: whose log it is in, never anything unshared. */
export const SharedCycleEvent = CycleEvent.omit({ note: true, shared: true, updatedAt: true })
  .extend({ author: z.enum(['me', 'partner']).describe("Whose log it is from: yours or your partner's") })
  .meta({ id: 'SharedCycleEvent' });
export const SharedCycleEventPage = pageOf(SharedCycleEvent);

const TrendSummary = z.object({
  n: z.number().int(),
  senSlope: z.number().describe("Sen's slope per cycle"),
  p: z.number().describe('Two-sided Mann–Kendall p-value'),
});

export const CycleInsights = z
  .object({
    cycles: z.array(
      z.object({
        start: IsoDateTime,
        end: IsoDateTime,
        durationHours: z.number(),
        periodHours: z.number().nullable().describe('Hours to the start of the next cycle; null when none followed'),
        peakIntensity: z.number().int(),
      }),
    ),
    openCycle: z.object({ start: IsoDateTime, state: z.enum(['pursuit', 'withdrawal']), peakIntensity: z.number().int() }).nullable(),
    trend: z.object({ period: TrendSummary.nullable(), intensity: TrendSummary.nullable() }),
    escalating: z.boolean(),
    reasons: z.array(z.object({ code: z.enum(['cycles-closer-together', 'cycles-more-intense']), detail: TrendSummary })),
  })
  .meta({ id: 'CycleInsights' });
