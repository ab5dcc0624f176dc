import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

/** Feelings offered as one tap; anything else can be typed. */
export const FEELINGS = ['anxious', 'hurt', 'angry', 'lonely', 'afraid', 'ashamed', 'jealous', 'overwhelmed', 'sad'] as const;
export const DRAFT_TEXT_MAX = 5_000;
export const COOL_DOWN_DEFAULT = 10;

export const CreateDraftBody = z.strictObject({
  text: freeText(
    z
      .string()
      .trim()
      .min(1, 'Write the message you want to send')
      .max(DRAFT_TEXT_MAX, `Keep it under ${DRAFT_TEXT_MAX.toLocaleString('en')} characters`),
  ).describe('The message you want to send; Steady never sends it for you'),
  feeling: freeText(z.string().trim().min(1, 'Name the feeling, even roughly').max(80)).describe(
    `What you feel, e.g. ${FEELINGS.join(', ')}`,
  ),
  coolDownMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional()
    .describe(`How long to wait before deciding (default ${COOL_DOWN_DEFAULT})`),
});

export const DRAFT_OUTCOMES = ['sent', 'rewritten', 'discarded'] as const;
export const ResolveDraftBody = z.strictObject({
  outcome: z.enum(DRAFT_OUTCOMES).describe('sent: you sent it yourself; rewritten: you changed it first; discarded: you let it go'),
});

export const Draft = z
  .object({
    id: Id,
    text: z.string(),
    feeling: z.string(),
    coolDownMinutes: z.number().int(),
    createdAt: IsoDateTime,
    availableAt: IsoDateTime.describe('When the cool-down ends'),
    resolvedAt: IsoDateTime.nullable(),
    outcome: z.enum(DRAFT_OUTCOMES).nullable(),
    early: z.boolean().nullable().describe('Decided before the cool-down ended; null until decided'),
  })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof Draft>;

export const DraftResponse = z.object({ draft: Draft, safety: SafetyVerdict });
export const ListDraftsQuery = z.strictObject({ ...PageQuery });
export const DraftPage = pageOf(Draft);

export const DraftInsights = z
  .object({
    total: z.number().int(),
    decided: z.number().int(),
    sent: z.number().int(),
    rewritten: z.number().int(),
    discarded: z.number().int(),
    early: z.number().int().describe('Decided before the cool-down ended'),
    changed: z.number().int().describe('Pauses after which the message was rewritten or let go'),
  })
  .meta({ id: 'DraftInsights' });
export type DraftInsights = z.infer<typeof DraftInsights>;
