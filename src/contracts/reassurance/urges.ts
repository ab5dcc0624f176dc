import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';
import { Scale010, Tags } from '../tags.js';
import { ParkedTopic, TopicText } from '../pair/topics.js';

/** What the person did with the urge to seek reassurance. */
export const URGE_ACTIONS = ['sought', 'delayed', 'soothed', 'parked', 'plan'] as const;
export const UrgeAction = z
  .enum(URGE_ACTIONS)
  .describe(
    'sought: asked anyway; delayed: waited; soothed: used a soothing tool; parked: saved for the check-in; plan: used the stress plan',
  );
export type UrgeAction = z.infer<typeof UrgeAction>;

export const URGE_TEXT_MAX = 2_000;
export const FOLLOW_UP_MAX_MINUTES = 24 * 60;

const optionalText = (max: number, what: string) =>
  freeText(z.string().max(max, `Keep ${what} under ${max.toLocaleString('en')} characters`));

/** How the topic made by parking an urge reads, and (in a pair) whether the partner sees it. */
export const UrgeParkOptions = z.strictObject({
  text: TopicText.optional().describe('The wording of the topic; what you wanted to ask (or a gentle default) when left out'),
  shared: z
    .boolean()
    .optional()
    .describe('In a pair, true puts it on both agendas; left out it stays private. Without a partner there is nobody to share with'),
});
export type UrgeParkOptions = z.infer<typeof UrgeParkOptions>;

export const CreateUrgeBody = z.strictObject({
  occurredAt: IsoDateTime.describe('When the urge came'),
  // null is a rating the person chose to skip: stored as no number, never as a made-up middle.
  intensity: Scale010.nullable().describe('How strong the urge was, 0–10; null when you skipped the rating'),
  anxietyBefore: Scale010.nullable().describe('Anxiety at the moment of the urge, 0–10; null when you skipped the rating'),
  triggers: Tags.describe('What set it off, in your own words'),
  wantedTo: optionalText(URGE_TEXT_MAX, 'this').nullable().optional().describe('What you wanted to ask or send'),
  action: UrgeAction,
  delayMinutes: z.number().int().min(0).max(FOLLOW_UP_MAX_MINUTES).nullable().optional().describe('How long you chose to wait'),
  note: optionalText(URGE_TEXT_MAX, 'the note').nullable().optional(),
  park: UrgeParkOptions.optional().describe(
    'Used when this write makes the urge "parked": a topic is made in the same transaction, on the check-in agenda in a pair, on your own reflection list otherwise',
  ),
  // Issue 16: the one kind of reminder that is never on by default but asked for on the spot.
  followUpReminders: z
    .boolean()
    .optional()
    .describe('true: remind me 30 minutes and 2 hours after the urge to say how I feel now (cancelled once rated)'),
});
export type CreateUrgeBody = z.input<typeof CreateUrgeBody>;

// Reminders are asked for as the urge is logged; an edit later neither makes nor cancels them.
export const UpdateUrgeBody = CreateUrgeBody.omit({ followUpReminders: true }).partial();
export type UpdateUrgeBody = z.input<typeof UpdateUrgeBody>;

export const AddFollowUpBody = z.strictObject({
  minutesAfter: z.number().int().min(0).max(FOLLOW_UP_MAX_MINUTES).describe('Minutes after the urge this rating describes'),
  anxiety: Scale010.describe('Anxiety now, 0–10'),
});
export type AddFollowUpBody = z.input<typeof AddFollowUpBody>;

export const FollowUp = z
  .object({ id: Id, minutesAfter: z.number().int(), anxiety: z.number().int(), createdAt: IsoDateTime })
  .meta({ id: 'UrgeFollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;

export const Urge = z
  .object({
    id: Id,
    occurredAt: IsoDateTime,
    intensity: z.number().int().nullable().describe('null: not rated'),
    anxietyBefore: z.number().int().nullable().describe('null: not rated'),
    triggers: z.array(z.string()),
    wantedTo: z.string().nullable(),
    action: UrgeAction,
    delayMinutes: z.number().int().nullable(),
    note: z.string().nullable(),
    followUps: z.array(FollowUp).describe('Oldest first'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Urge' });
export type Urge = z.infer<typeof Urge>;

export const UrgeResponse = z.object({
  urge: Urge,
  safety: SafetyVerdict,
  parkedTopic: ParkedTopic.optional().describe('Only on the create or edit that parked the urge: the topic it made'),
});
export type UrgeResponse = z.infer<typeof UrgeResponse>;

export const RangeQuery = {
  from: IsoDateTime.optional().describe('Only items at or after this moment'),
  to: IsoDateTime.optional().describe('Only items before this moment'),
};

export const ListUrgesQuery = z.strictObject({ ...RangeQuery, ...PageQuery });
export const UrgePage = pageOf(Urge);
export type UrgePage = z.infer<typeof UrgePage>;

export const URGE_TRIGGER_SUGGESTIONS_MAX = 50;
export const UrgeTriggerCount = z
  .object({ tag: z.string(), count: z.number().int().describe('How many of your urges carry this trigger') })
  .meta({ id: 'UrgeTriggerCount' });
export type UrgeTriggerCount = z.infer<typeof UrgeTriggerCount>;
export const UrgeTriggerCounts = z.object({
  items: z.array(UrgeTriggerCount).describe(`Most used first, at most ${URGE_TRIGGER_SUGGESTIONS_MAX}`),
});
export type UrgeTriggerCounts = z.infer<typeof UrgeTriggerCounts>;
