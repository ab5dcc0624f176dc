import { z } from 'zod';
import { Id, IsoDateTime } from '../common.js';
import { Channel } from './interactions.js';
import { Context, ReciprocityNote } from './people.js';

export const SocialInsightsQuery = z.strictObject({
  from: IsoDateTime.optional().describe('Start of the period (default: Monday of the week eleven weeks before `to`’s, so 12 weeks)'),
  to: IsoDateTime.optional().describe('End of the period, exclusive (default: now); at most two years after `from`'),
});

/**
 * Every block carries its count `n`, the `minimum` it needs and `enoughData` (n ≥ minimum): below
 * it the web shows "not enough data yet". Counts are always given; anything derived from them
 * (shares, rates, means, evenness) is null until the minimum is reached, so nothing reads a
 * pattern into two interactions.
 */
const block = {
  n: z.number().int(),
  minimum: z.number().int(),
  enoughData: z.boolean(),
};

const WarmthRow = {
  n: z.number().int().describe('Interactions in this group'),
  enoughData: z.boolean(),
  meanWarmth: z.number().nullable().describe('1–5; null below the minimum'),
  meanSupport: z.number().nullable().describe('1–5; null below the minimum'),
};

export const SocialInsights = z
  .object({
    from: IsoDateTime,
    to: IsoDateTime,
    timeZone: z.string().describe('The time zone the weeks are counted in (your profile’s)'),
    interactions: z
      .object({
        ...block,
        perWeek: z
          .array(z.object({ weekStart: z.string().describe('Monday of the week, YYYY-MM-DD, in your time zone'), count: z.number().int() }))
          .describe('Every week the period touches, oldest first, empty weeks as 0; the first and last may be partial'),
      })
      .describe('Interactions logged in the period'),
    breadth: z
      .object({
        ...block,
        contexts: z.number().int().describe('Contexts of life with any contact in the period'),
        evenness: z
          .number()
          .nullable()
          .describe(
            'How evenly contact spread over those contexts: 1 = evenly, near 0 = nearly all in one (normalised Shannon entropy); null below the minimum or with fewer than two contexts',
          ),
        byContext: z.array(z.object({ context: Context, n: z.number().int() })).describe('Most contact first'),
      })
      .describe(
        'n counts contact per person present in each context: time with two friends counts twice for friends, and someone in two contexts counts in both',
      ),
    reciprocity: z
      .object({
        ...block,
        people: z.number().int().describe('Different people you had contact with'),
        initiated: z.object({ me: z.number().int(), them: z.number().int(), mutual: z.number().int() }),
        shares: z
          .object({ me: z.number(), them: z.number(), mutual: z.number() })
          .nullable()
          .describe('Shares of `initiated` (0–1); null below the minimum'),
        help: z.object({
          gave: z.number().int().describe('Interactions where you helped'),
          received: z.number().int().describe('Interactions where you were helped'),
        }),
        oneSided: z
          .object({
            count: z.number().int().describe('People whose contact leaned one way in the period'),
            people: z
              .array(z.object({ personId: Id, name: z.string(), n: z.number().int(), notes: z.array(ReciprocityNote) }))
              .describe('The first 20 of them, most contact first'),
          })
          .describe('Per person, with the same rules (and minimum) as getReciprocity'),
      })
      .describe('Across everyone: who starts contact and who helps whom'),
    invitations: z
      .object({
        ...block,
        byStatus: z.object({
          planned: z.number().int(),
          sent: z.number().int(),
          accepted: z.number().int(),
          declined: z.number().int(),
          'no-answer': z.number().int(),
        }),
        decided: z.number().int().describe('Accepted, declined or no answer: what the rate counts'),
        acceptanceRate: z.number().nullable().describe('accepted ÷ decided (0–1); null until `decided` reaches the minimum'),
      })
      .describe('Invitations made in the period, by where they stand now; n = all of them, the minimum applies to `decided`'),
    warmth: z
      .object({
        ...block,
        byContext: z.array(z.object({ context: Context, ...WarmthRow })).describe('n counts per person present, as in breadth'),
        byChannel: z.array(z.object({ channel: Channel, ...WarmthRow })),
      })
      .describe(
        'Which contexts and channels bring the most warmth: groups with enough data first, by mean warmth, then mean support. ' +
          'The minimum applies to each group; `enoughData` is true once two contexts or two channels can be compared',
      ),
  })
  .meta({ id: 'SocialInsights' });
export type SocialInsights = z.infer<typeof SocialInsights>;
