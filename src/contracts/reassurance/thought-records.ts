import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { DISTORTION_IDS } from './distortions.js';
import { SafetyVerdict } from '../support/safety.js';
import { Scale010 } from '../tags.js';
import { RangeQuery } from './urges.js';

export const THOUGHT_TEXT_MAX = 5_000;
const text = (what: string) =>
  freeText(z.string().max(THOUGHT_TEXT_MAX, `Keep ${what} under ${THOUGHT_TEXT_MAX.toLocaleString('en')} characters`));
const Emotion = freeText(z.string().trim().min(1, 'Name the feeling').max(80));

export const Distortion = z.enum(DISTORTION_IDS);

// Shared by create and update, so an edit cannot blank what a record needs.
const Situation = text('the situation').refine((s) => s.trim().length > 0, { message: 'Describe what happened, in a few words' });
const AutomaticThought = text('the thought').refine((s) => s.trim().length > 0, { message: 'Write the thought that came up' });

export const CreateThoughtRecordBody = z.strictObject({
  occurredAt: IsoDateTime.describe('When the situation happened'),
  situation: Situation,
  automaticThought: AutomaticThought,
  emotion: Emotion,
  emotionIntensity: Scale010.describe('How strong the feeling was, 0–10'),
  distortions: z.array(Distortion).max(12).default([]).describe('Thinking traps you noticed'),
  evidenceFor: text('this').default(''),
  evidenceAgainst: text('this').default(''),
  balancedThought: text('the balanced thought').default(''),
  emotionIntensityAfter: Scale010.nullable().optional().describe('The feeling re-rated after the balanced thought'),
});
export type CreateThoughtRecordBody = z.input<typeof CreateThoughtRecordBody>;

export const UpdateThoughtRecordBody = z
  .strictObject({
    occurredAt: IsoDateTime,
    situation: Situation,
    automaticThought: AutomaticThought,
    emotion: Emotion,
    emotionIntensity: Scale010,
    distortions: z.array(Distortion).max(12),
    evidenceFor: text('this'),
    evidenceAgainst: text('this'),
    balancedThought: text('the balanced thought'),
    emotionIntensityAfter: Scale010.nullable(),
  })
  .partial();
export type UpdateThoughtRecordBody = z.input<typeof UpdateThoughtRecordBody>;

export const ThoughtRecord = z
  .object({
    id: Id,
    occurredAt: IsoDateTime,
    situation: z.string(),
    automaticThought: z.string(),
    emotion: z.string(),
    emotionIntensity: z.number().int(),
    distortions: z.array(Distortion),
    evidenceFor: z.string(),
    evidenceAgainst: z.string(),
    balancedThought: z.string(),
    emotionIntensityAfter: z.number().int().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'ThoughtRecord' });
export type ThoughtRecord = z.infer<typeof ThoughtRecord>;

export const ThoughtRecordResponse = z.object({ thoughtRecord: ThoughtRecord, safety: SafetyVerdict });
export const ListThoughtRecordsQuery = z.strictObject({ ...RangeQuery, ...PageQuery });
export const ThoughtRecordPage = pageOf(ThoughtRecord);
