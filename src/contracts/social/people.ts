import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

/** Contexts of life a person can belong to; several may apply. */
export const CONTEXTS = ['family', 'friends', 'work', 'volunteering', 'faith-culture', 'neighbourhood', 'online', 'other'] as const;
export const Context = z.enum(CONTEXTS).describe('A part of life this person belongs to');
export type Context = z.infer<typeof Context>;

export const CLOSENESS = ['inner', 'close', 'casual', 'new'] as const;
export const Closeness = z.enum(CLOSENESS).describe('inner circle, close, casual or new');
export type Closeness = z.infer<typeof Closeness>;

/** Rhythms offered as one tap; any whole number of days from 1 to 365 is accepted. */
export const RHYTHM_PRESETS = [7, 14, 30] as const;
export const NAME_MAX = 120;
export const NOTES_MAX = 2_000;

const name = z.string().trim().min(1, 'Give them a name or a nickname').max(NAME_MAX, `Keep the name under ${NAME_MAX} characters`);
const contexts = z
  .array(Context)
  .max(CONTEXTS.length)
  .refine((xs) => new Set(xs).size === xs.length, 'List each context once')
  .describe('Several allowed; may be empty');
const rhythmDays = z
  .number()
  .int()
  .min(1, 'A rhythm is at least one day')
  .max(365, 'A rhythm is at most a year')
  .nullable()
  .describe('Wished-for days between contacts (7 = weekly); null = no rhythm');
const notes = freeText(
  z
    .string()
    .trim()
    .max(NOTES_MAX, `Keep notes under ${NOTES_MAX.toLocaleString('en')} characters`),
);

export const CreatePersonBody = z.strictObject({
  name,
  contexts: contexts.default([]),
  closeness: Closeness,
  rhythmDays: rhythmDays.optional(),
  notes: notes.optional(),
});
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z.strictObject({
  name: name.optional(),
  contexts: contexts.optional(),
  closeness: Closeness.optional(),
  rhythmDays: rhythmDays.optional(),
  notes: notes.nullable().optional(),
  snoozedUntil: IsoDateTime.nullable().optional().describe('Rest this person on the reach-out list until then; null wakes them'),
});
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

export const Person = z
  .object({
    id: Id,
    name: z.string(),
    contexts: z.array(Context),
    closeness: Closeness,
    rhythmDays: z.number().int().nullable(),
    notes: z.string().nullable(),
    snoozedUntil: IsoDateTime.nullable(),
    lastContactAt: IsoDateTime.nullable().describe('The latest interaction logged with them'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PersonResponse = z.object({ person: Person, safety: SafetyVerdict.describe('Crisis check of the notes') });
export const ListPeopleQuery = z.strictObject({
  context: Context.optional(),
  closeness: Closeness.optional(),
  ...PageQuery,
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Page size, 1–500'),
});
export const PersonPage = pageOf(Person);

export const ReachOutItem = z
  .object({
    personId: Id,
    name: z.string(),
    daysSinceContact: z.number().int(),
    rhythmDays: z.number().int(),
    overdueRatio: z.number().describe('Days since contact ÷ rhythm; 1 = due today'),
  })
  .meta({ id: 'ReachOutItem' });
export const ReachOutList = z.array(ReachOutItem);

export const ImportResult = z
  .object({
    imported: z.number().int().describe('New people added to the map'),
    merged: z.number().int().describe('Cards that matched someone already on the map'),
    skipped: z.array(z.object({ index: z.number().int().describe('0-based position of the card in the file'), reason: z.string() })),
    people: z
      .array(z.object({ index: z.number().int(), personId: Id, name: z.string(), outcome: z.enum(['imported', 'merged']) }))
      .describe('One line per card that was imported or merged'),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;

export const ReciprocityQuery = z.strictObject({
  from: IsoDateTime.optional().describe('Start of the period (default: 90 days ago)'),
  to: IsoDateTime.optional().describe('End of the period (default: now)'),
});

export const ReciprocityNote = z.object({
  code: z.enum(['mostly-me', 'mostly-them', 'only-giving', 'only-receiving']),
  text: z.string(),
});
export const Reciprocity = z
  .object({
    personId: Id,
    from: IsoDateTime,
    to: IsoDateTime,
    n: z.number().int().describe('Interactions in the period'),
    initiated: z.object({ me: z.number().int(), them: z.number().int(), mutual: z.number().int() }),
    myShareOfStarts: z.number().nullable().describe('Your share of the one-sided starts; null without any'),
    help: z.object({ gave: z.number().int(), received: z.number().int() }),
    meanWarmth: z.number().nullable(),
    meanSupport: z.number().nullable(),
    notes: z.array(ReciprocityNote),
  })
  .meta({ id: 'Reciprocity' });
export type Reciprocity = z.infer<typeof Reciprocity>;
