import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { LocalDay } from './goals.js';
import { SafetyVerdict } from '../support/safety.js';
import { Scale010 } from '../tags.js';

export const REVIEW_ANSWER_MAX = 2_000;

export const ReviewKind = z.enum(['weekly', 'monthly']).describe('weekly: together, revealed once both wrote; monthly: your own, private');

export const ReviewAnswer = z
  .strictObject({
    prompt: z.string().trim().min(1).max(200),
    text: freeText(
      z
        .string()
        .trim()
        .max(REVIEW_ANSWER_MAX, `Keep each answer under ${REVIEW_ANSWER_MAX.toLocaleString('en')} characters`),
    ),
  })
  .meta({ id: 'ReviewAnswer' });

/** Private to the author: read only by their own support signals, never shown to the partner. */
export const WeeklyChecks = z
  .strictObject({
    drained: Scale010.nullable().optional().describe('How drained do you feel by the ups and downs? 0–10'),
    secure: Scale010.nullable().optional().describe('How secure do you feel in the relationship? 0–10'),
  })
  .meta({ id: 'WeeklyChecks' });

export const SubmitReviewBody = z
  .strictObject({
    kind: ReviewKind,
    periodStart: LocalDay.describe('weekly: the first day of the week; monthly: the first day of the month'),
    answers: z.array(ReviewAnswer).min(1, 'Answer at least one question').max(10),
    checks: WeeklyChecks.optional().describe('Weekly only: two private ratings, never shown to your partner'),
  })
  .refine((b) => b.kind === 'weekly' || b.checks === undefined, {
    path: ['checks'],
    message: 'These two ratings go with the weekly review',
  })
  .refine((b) => b.kind !== 'monthly' || b.periodStart.endsWith('-01'), {
    path: ['periodStart'],
    message: 'A monthly reflection starts on the first day of the month',
  });
export type SubmitReviewBody = z.input<typeof SubmitReviewBody>;

export const GetReviewQuery = z.strictObject({ kind: ReviewKind, periodStart: LocalDay });

export const Review = z.object({ id: Id, authorId: Id, answers: z.array(ReviewAnswer), submittedAt: IsoDateTime }).meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const ReviewState = z
  .object({
    kind: ReviewKind,
    periodStart: LocalDay,
    status: z
      .enum(['not-submitted', 'waiting-for-partner', 'revealed', 'private'])
      .describe(
        'not-submitted: you have not written yours (whether your partner has is not said); waiting-for-partner: yours is in, theirs is not; revealed: both wrote, both are shown; private: a monthly reflection',
      ),
    mine: Review.nullable(),
    partner: Review.nullable().describe('Only once revealed'),
    myChecks: z
      .object({ drained: z.number().int().nullable(), secure: z.number().int().nullable() })
      .nullable()
      .describe('Your own two ratings for the week; never your partner’s'),
  })
  .meta({ id: 'ReviewState' });
export type ReviewState = z.infer<typeof ReviewState>;

export const ReviewResponse = z.object({ review: ReviewState, safety: SafetyVerdict });
