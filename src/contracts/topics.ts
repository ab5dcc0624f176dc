import { z } from 'zod';
import { Id, IsoDateTime, freeText } from './common.js';
import { SafetyVerdict } from './safety.js';

export const TOPIC_TEXT_MAX = 1_000;

export const TopicText = freeText(z.string().max(TOPIC_TEXT_MAX, `Topics can be up to ${TOPIC_TEXT_MAX.toLocaleString('en')} characters`))
  .refine((s) => s.trim().length > 0, { message: 'Write the topic first' })
  .describe('What you would like to talk about');

export const ParkTopicBody = z.strictObject({
  text: TopicText,
  shared: z.boolean().describe('true: both of you see it and it fills the next check-in; false: only you ever see it'),
});
export type ParkTopicBody = z.infer<typeof ParkTopicBody>;

export const Topic = z
  .object({
    id: Id,
    text: z.string(),
    shared: z.boolean(),
    mine: z.boolean().describe('You parked it'),
    createdAt: IsoDateTime,
    discussedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof Topic>;

export const TopicResponse = z.object({ topic: Topic, safety: SafetyVerdict });
export const TopicList = z.object({ items: z.array(Topic).describe('Shared topics and your own private ones, newest first') });

export const CheckIn = z
  .object({
    id: Id.describe('Stable for this occurrence (made when first read); the same for both of you'),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    minutes: z.number().int().describe('The agreed length'),
    agenda: z.array(Topic).describe('Shared topics not yet discussed, then your own private ones (only you see those)'),
    completedAt: IsoDateTime.nullable(),
    notes: z.string().nullable(),
  })
  .meta({ id: 'CheckIn' });
export type CheckIn = z.infer<typeof CheckIn>;

export const CompleteCheckInBody = z.strictObject({
  notes: freeText(z.string().max(5_000, 'Notes can be up to 5,000 characters')).optional().describe('Shared notes: both of you see them'),
  discussedTopicIds: z.array(Id).max(200).describe('Topics you talked about'),
  minutes: z.number().int().min(0).max(600).optional().describe('How long it actually took; the agreed length when left out'),
});

export const CompleteCheckInResponse = z.object({
  checkIn: CheckIn,
  durationMinutes: z.number().int(),
  acknowledgment: z.string().describe('A word on the progress you made'),
  safety: SafetyVerdict,
});
