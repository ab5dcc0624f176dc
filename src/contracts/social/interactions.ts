import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const CHANNELS = ['in-person', 'call', 'video', 'message', 'letter', 'online-community'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
export const INITIATORS = ['me', 'them', 'mutual'] as const;
export const REFLECTION_MAX = 2_000;
export const HELP_MAX = 280;

const rating = (what: string) => z.number().int().min(1, `${what} is 1 to 5`).max(5, `${what} is 1 to 5`);
/** A tick (true), what it was (short text), or nothing (false). */
const help = z.union([z.boolean(), freeText(z.string().trim().max(HELP_MAX, `Keep it under ${HELP_MAX} characters`))]);

export const CreateInteractionBody = z.strictObject({
  personIds: z
    .array(z.uuid())
    .min(1, 'Choose who you were with')
    .max(50)
    .refine((xs) => new Set(xs).size === xs.length, 'List each person once'),
  occurredAt: IsoDateTime,
  channel: Channel,
  initiatedBy: z.enum(INITIATORS).describe('Who reached out: me, them, or both (mutual)'),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .optional(),
  warmth: rating('Warmth').describe('How warm it felt, 1–5'),
  support: rating('Support').describe('How supported you felt, 1–5'),
  gave: help.optional().describe('Help you gave: a tick or a few words'),
  received: help.optional().describe('Help you received: a tick or a few words'),
  topics: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
  reflection: freeText(
    z
      .string()
      .trim()
      .max(REFLECTION_MAX, `Keep it under ${REFLECTION_MAX.toLocaleString('en')} characters`),
  ).optional(),
});
export type CreateInteractionBody = z.infer<typeof CreateInteractionBody>;

export const UpdateInteractionBody = CreateInteractionBody.partial();
export type UpdateInteractionBody = z.infer<typeof UpdateInteractionBody>;

export const Interaction = z
  .object({
    id: Id,
    personIds: z.array(Id),
    occurredAt: IsoDateTime,
    channel: Channel,
    initiatedBy: z.enum(INITIATORS),
    minutes: z.number().int().nullable(),
    warmth: z.number().int(),
    support: z.number().int(),
    gave: z.union([z.boolean(), z.string()]).describe('false, true (a tick) or what it was'),
    received: z.union([z.boolean(), z.string()]),
    topics: z.array(z.string()),
    reflection: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof Interaction>;

export const InteractionResponse = z.object({ interaction: Interaction, safety: SafetyVerdict });
export const ListInteractionsQuery = z.strictObject({
  personId: z.uuid().optional().describe('Only interactions with this person'),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  ...PageQuery,
});
export const InteractionPage = pageOf(Interaction);
