import { z } from 'zod';
import { IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11')
  .describe('A calendar month, YYYY-MM');
export const MonthParams = z.strictObject({ month: Month });

export const REVIEW_TEXT_MAX = 2_000;
const text = freeText(
  z
    .string()
    .trim()
    .max(REVIEW_TEXT_MAX, `Keep it under ${REVIEW_TEXT_MAX.toLocaleString('en')} characters`),
)
  .nullable()
  .optional();

export const PutSocialReviewBody = z.strictObject({
  strengthened: text.describe('What strengthened your sense of belonging this month'),
  weakened: text.describe('What weakened it'),
  adjust: text.describe('One thing to adjust next month'),
  win: text.describe('A win to celebrate, however small'),
  ucla3: z
    .array(z.number().int())
    .max(10)
    .nullable()
    .optional()
    .describe('The three UCLA-3 answers (1–3 each), scored by the questionnaire engine; null removes them; leave out to keep them'),
});

export const SocialReview = z
  .object({
    month: Month,
    strengthened: z.string().nullable(),
    weakened: z.string().nullable(),
    adjust: z.string().nullable(),
    win: z.string().nullable(),
    ucla3: z
      .object({
        assessmentId: z.uuid(),
        answers: z.array(z.number().int()),
        score: z.number().int().describe('3–9; higher means lonelier'),
      })
      .nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'SocialReview' });
export type SocialReview = z.infer<typeof SocialReview>;

export const SocialReviewResponse = z.object({ review: SocialReview, safety: SafetyVerdict });

export const LonelinessTrend = z
  .object({
    direction: z
      .enum(['lower', 'about-the-same', 'higher'])
      .nullable()
      .describe('Recent scores against earlier ones; null with fewer than two'),
    note: z.string().describe('The trend in plain words'),
  })
  .meta({ id: 'LonelinessTrend' });
export type LonelinessTrend = z.infer<typeof LonelinessTrend>;

export const SocialReviewList = z.object({
  items: z.array(SocialReview).describe('Newest month first'),
  trend: z.array(z.object({ month: Month, score: z.number().int() })).describe('UCLA-3 score per month, oldest first'),
  direction: LonelinessTrend,
});
