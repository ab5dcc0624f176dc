import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const TOPIC_TEXT_MAX = 1_000;

export const TopicText = freeText(z.string().max(TOPIC_TEXT_MAX, `Topics can be up to ${TOPIC_TEXT_MAX.toLocaleString('en')} characters`))
  .refine((s) => s.trim().length > 0, { message: 'Write the topic first' })
  .describe('What you would like to talk about');

export const ParkTopicBody = z.strictObject({
  text: TopicText,
  shared: z.boolean().describe('true: both of you see it and it fills the next check-in; false: only you ever see it'),
});
export type ParkTopicBody = z.infer<typeof ParkTopicBody>;

/** What the author may change later: the wording, and whether the partner sees it (unticking makes it private again). */
export const UpdateTopicBody = z
  .strictObject({
    text: TopicText.optional(),
    shared: z.boolean().optional().describe('false takes it off the partner’s agenda and list at once'),
  })
  .refine((b) => b.text !== undefined || b.shared !== undefined, { message: 'Change the wording or the sharing', path: ['text'] });
export type UpdateTopicBody = z.infer<typeof UpdateTopicBody>;

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

/**
 * A topic kept by someone with no partner linked: it waits on their own list for their next
 * reflection, and nobody else ever sees it (there is no pair it could reach).
 */
export const ReflectionTopic = z
  .object({ id: Id, text: z.string(), createdAt: IsoDateTime, updatedAt: IsoDateTime })
  .meta({ id: 'ReflectionTopic' });
export type ReflectionTopic = z.infer<typeof ReflectionTopic>;

export const UpdateReflectionTopicBody = z.strictObject({ text: TopicText });
export type UpdateReflectionTopicBody = z.infer<typeof UpdateReflectionTopicBody>;
export const ReflectionTopicResponse = z.object({ topic: ReflectionTopic, safety: SafetyVerdict });
export const ReflectionTopicList = z.object({ items: z.array(ReflectionTopic).describe('Newest first') });

/** Where parking an urge put its topic: the pair's check-in agenda, or the person's own reflection list. */
export const ParkedTopic = z
  .object({
    id: Id,
    place: z.enum(['check-in', 'reflection']).describe('check-in: in your pair (private unless shared); reflection: your own list'),
    text: z.string(),
    shared: z.boolean().describe('Always false for the reflection list'),
  })
  .meta({ id: 'ParkedTopic' });
export type ParkedTopic = z.infer<typeof ParkedTopic>;

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
