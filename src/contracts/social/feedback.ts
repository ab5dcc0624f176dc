import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const FEEDBACK_DEFAULT_DAYS = 14;
export const FEEDBACK_ANSWER_MAX = 2_000;

export const CreateFeedbackLinkBody = z
  .strictObject({
    expiresInDays: z
      .number()
      .int()
      .min(1, 'At least one day')
      .max(60, 'At most 60 days')
      .optional()
      .describe(`Days until the link stops working (default ${FEEDBACK_DEFAULT_DAYS})`),
  })
  // Fastify hands a missing body over as null; no body means the default expiry.
  .nullish();

export const FeedbackLinkCreated = z.object({
  id: Id,
  url: z.string().describe('The one-time address to send; shown only now, Steady keeps only its hash'),
  expiresAt: IsoDateTime,
});

const answerText = freeText(
  z
    .string()
    .trim()
    .max(FEEDBACK_ANSWER_MAX, `Keep it under ${FEEDBACK_ANSWER_MAX.toLocaleString('en')} characters`),
);

export const AnswerFeedbackBody = z.strictObject({
  supportive: answerText.min(1, 'Write a few words about what felt supportive').describe('What felt supportive'),
  different: answerText.optional().describe('What could be different'),
  other: answerText.optional().describe('Anything else'),
});
export type AnswerFeedbackBody = z.infer<typeof AnswerFeedbackBody>;
export const AnswerFeedbackResponse = z.object({ safety: SafetyVerdict });
export const FeedbackTokenParams = z.strictObject({ token: z.string().max(200) });

export const FEEDBACK_STATUSES = ['pending', 'answered', 'expired'] as const;
export const FeedbackLink = z
  .object({
    id: Id,
    personId: Id,
    status: z.enum(FEEDBACK_STATUSES).describe('pending until answered or expired'),
    createdAt: IsoDateTime,
    expiresAt: IsoDateTime,
    answeredAt: IsoDateTime.nullable(),
    answer: z
      .object({
        supportive: z.string(),
        different: z.string().nullable(),
        other: z.string().nullable(),
        crisis: z.boolean().describe('The answer suggests its writer may be in danger; crisis lines are worth showing beside it'),
      })
      .nullable(),
  })
  .meta({ id: 'FeedbackLink' });
export type FeedbackLink = z.infer<typeof FeedbackLink>;
export const FeedbackList = z.object({ items: z.array(FeedbackLink).describe('Newest first') });
