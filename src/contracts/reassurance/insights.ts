import { z } from 'zod';
import { IsoDateTime } from '../common.js';
import { Tool } from './tools.js';

export const InsightsQuery = z.strictObject({
  from: IsoDateTime.optional().describe('Start of the period (default: everything)'),
  to: IsoDateTime.optional().describe('End of the period, exclusive (default: now)'),
});

const ReliefPoint = z.object({
  minutesAfter: z
    .union([z.literal(0), z.literal(30), z.literal(120)])
    .describe('0 = anxiety at the urge; 30 = follow-ups 15–60 min; 120 = follow-ups 61–180 min'),
  meanAnxiety: z.number().nullable().describe('null when there is no data in this bucket'),
  n: z.number().int().describe('Ratings in this bucket (a skipped rating is not one)'),
});

export const ReassuranceInsights = z
  .object({
    urgeCount: z.number().int(),
    minimum: z.number().int().describe('Entries a finding needs before Steady shows it as more than "not enough data yet"'),
    byAction: z.object({
      sought: z.number().int(),
      delayed: z.number().int(),
      soothed: z.number().int(),
      parked: z.number().int(),
      plan: z.number().int(),
    }),
    perWeek: z.array(
      z.object({ weekStart: z.string().describe('Monday of the week, YYYY-MM-DD, in your time zone'), count: z.number().int() }),
    ),
    reliefDecay: z.object({
      sought: z.array(ReliefPoint).describe('After asking for reassurance'),
      other: z.array(ReliefPoint).describe('After delaying, soothing, parking or using the plan'),
    }),
    triggers: z
      .array(
        z.object({
          tag: z.string(),
          count: z.number().int(),
          meanIntensity: z.number().nullable().describe('Over the urges whose strength was rated; null when none was'),
          rated: z.number().int().describe('How many of those urges had their strength rated'),
        }),
      )
      .describe('By count, then mean intensity (unrated last)'),
    tools: z
      .array(z.object({ tool: Tool, n: z.number().int(), meanDrop: z.number(), ci95: z.tuple([z.number(), z.number()]).nullable() }))
      .describe('By mean distress drop (before − after); ci95 is null below two sessions'),
  })
  .meta({ id: 'ReassuranceInsights' });
export type ReassuranceInsights = z.infer<typeof ReassuranceInsights>;

export const MOOD_VIEWS = ['week', 'month'] as const;
export const MoodInsightsQuery = z.strictObject({
  view: z
    .enum(MOOD_VIEWS, { message: 'Choose week or month' })
    .default('week')
    .describe('week: the last 7 days, month: the last 30 days, both ending today in your time zone'),
});

export const MoodInsights = z
  .object({
    view: z.enum(MOOD_VIEWS),
    timeZone: z.string().describe('The zone the days are counted in: yours'),
    days: z
      .array(
        z.object({
          date: z.string().describe('YYYY-MM-DD in your time zone'),
          mood: z.number().nullable().describe('The day’s moods together (their mean, two decimals), 0–10; null on a day with none'),
          count: z.number().int().describe('Moods logged that day'),
        }),
      )
      .describe('Every day of the view, oldest first, today last'),
    moods: z.number().int().describe('Moods logged in the view'),
    daysWithMood: z.number().int().describe('Days in the view with at least one mood'),
  })
  .meta({ id: 'MoodInsights' });
export type MoodInsights = z.infer<typeof MoodInsights>;
