import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { LocalDay } from '../pair/goals.js';
import { SafetyVerdict } from '../support/safety.js';

/** Low-stakes kinds of invitation; `other` is anything the person writes themselves. */
export const INVITATION_IDEAS = ['walk', 'shared-interest', 'local-event', 'meal', 'call', 'other'] as const;
export const InvitationIdea = z.enum(INVITATION_IDEAS).describe('walk, shared-interest, local-event, meal, call or other');
export type InvitationIdea = z.infer<typeof InvitationIdea>;

/** Ready-made wording per idea, offered as one tap; anything else can be typed instead. */
export const INVITATION_SUGGESTIONS: Record<InvitationIdea, readonly string[]> = {
  walk: ['A walk around the park, no plans beyond that', 'A short walk after work'],
  'shared-interest': ['Doing the thing we both like, together this time', 'Trying something we are both curious about'],
  'local-event': ['A market, talk or show nearby', 'A free event in the neighbourhood'],
  meal: ['Coffee or tea, half an hour', 'A simple meal, nothing fancy'],
  call: ['A quick call to catch up', 'A video call at a time that suits them'],
  other: [],
};

export const INVITATION_STATUSES = ['planned', 'sent', 'accepted', 'declined', 'no-answer'] as const;
export const InvitationStatus = z
  .enum(INVITATION_STATUSES)
  .describe('planned (not asked yet), sent, accepted, declined, or no-answer (no reply came)');
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const INVITATION_TEXT_MAX = 300;
export const INVITATION_NOTE_MAX = 1_000;

const text = freeText(
  z.string().trim().min(1, 'Pick an idea or write your own').max(INVITATION_TEXT_MAX, `Keep it under ${INVITATION_TEXT_MAX} characters`),
).describe('The invitation in a few words');
const note = freeText(
  z
    .string()
    .trim()
    .max(INVITATION_NOTE_MAX, `Keep the note under ${INVITATION_NOTE_MAX.toLocaleString('en')} characters`),
);

export const CreateInvitationBody = z.strictObject({
  idea: InvitationIdea,
  text,
  personId: Id.nullable().optional().describe('Someone on your map; leave out for an invitation not tied to one person'),
  status: InvitationStatus.default('planned'),
  note: note.nullable().optional(),
  plannedFor: LocalDay.nullable().optional().describe('The day you have in mind'),
});
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const UpdateInvitationBody = z.strictObject({
  idea: InvitationIdea.optional(),
  text: text.optional(),
  personId: Id.nullable().optional(),
  status: InvitationStatus.optional(),
  note: note.nullable().optional(),
  plannedFor: LocalDay.nullable().optional(),
});
export type UpdateInvitationBody = z.infer<typeof UpdateInvitationBody>;

export const Invitation = z
  .object({
    id: Id,
    idea: InvitationIdea,
    text: z.string(),
    personId: Id.nullable(),
    status: InvitationStatus,
    note: z.string().nullable(),
    plannedFor: LocalDay.nullable(),
    statusChangedAt: IsoDateTime,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationResponse = z.object({ invitation: Invitation, safety: SafetyVerdict });
export const ListInvitationsQuery = z.strictObject({
  status: InvitationStatus.optional(),
  personId: Id.optional(),
  ...PageQuery,
});
export const InvitationPage = pageOf(Invitation);

export const InvitationMonth = z.object({
  month: z.string().describe('YYYY-MM in your time zone, by when the invitation was made'),
  made: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  noAnswer: z.number().int(),
  acceptanceRate: z.number().nullable().describe('accepted ÷ invitations with an outcome; null when none had one yet'),
});

export const InvitationSummary = z
  .object({
    total: z.number().int(),
    byStatus: z.object({
      planned: z.number().int(),
      sent: z.number().int(),
      accepted: z.number().int(),
      declined: z.number().int(),
      noAnswer: z.number().int(),
    }),
    withOutcome: z.number().int().describe('Accepted, declined or no answer: what the rate is counted over'),
    acceptanceRate: z.number().nullable(),
    enoughData: z.boolean().describe('False below a few outcomes: the rate would say little yet'),
    months: z.array(InvitationMonth).describe('Oldest first, months with at least one invitation'),
    note: z.string().describe('A plain-words reading: declines and silences are about timing and energy'),
  })
  .meta({ id: 'InvitationSummary' });
export type InvitationSummary = z.infer<typeof InvitationSummary>;
