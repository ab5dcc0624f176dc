import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';
import { LocalDay } from './goals.js';
import { SafetyVerdict } from './safety.js';

export const REVIEW_ANSWER_MAX = 2_000;

export const ReviewKind = z.enum(['weekly', 'monthly']).describe('weekly: together, revealed once both wrote; monthly: your own, private');

export const ReviewAnswer = z
  .strictObject({
    prompt: z.string().trim().min(1).max(200),
    text: z
      .string()
      .trim()
      .max(REVIEW_ANSWER_MAX, `Keep each answer under ${REVIEW_ANSWER_MAX.toLocaleString('en')} characters`),
  })
  .meta({ id: 'ReviewAnswer' });

export const SubmitReviewBody = z
  .strictObject({
    kind: ReviewKind,
    periodStart: LocalDay.describe('weekly: the first day of the week; monthly: the first day of the month'),
    answers: z.array(ReviewAnswer).min(1, 'Answer at least one question').max(10),
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
  })
  .meta({ id: 'ReviewState' });
export type ReviewState = z.infer<typeof ReviewState>;

export const ReviewResponse = z.object({ review: ReviewState, safety: SafetyVerdict });
