import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { Scale010, Tag, Tags } from '../tags.js';

export { Tag, Tags, TAG_MAX, TAGS_MAX } from '../tags.js';
import { JOURNAL_PROMPT_IDS } from './prompts.js';
import { SafetyVerdict } from '../support/safety.js';

export const JOURNAL_TEXT_MAX = 20_000;
export const Mood = Scale010.describe('Mood from 0 (very low) to 10 (very good)');

export const JournalPromptId = z.enum(JOURNAL_PROMPT_IDS).describe('Which writing prompt the entry answers');

export const JournalText = freeText(
  z.string().max(JOURNAL_TEXT_MAX, `Entries can be up to ${JOURNAL_TEXT_MAX.toLocaleString('en')} characters`),
).refine((s) => s.trim().length > 0, { message: 'Write something first' });

/** An entry is words, a mood, or both: a one-tap mood with no words is a whole entry. */
export const CreateJournalEntryBody = z
  .strictObject({
    text: freeText(z.string().max(JOURNAL_TEXT_MAX, `Entries can be up to ${JOURNAL_TEXT_MAX.toLocaleString('en')} characters`))
      .optional()
      .describe('May be left out when a mood is given'),
    mood: Mood.nullable().optional(),
    tags: Tags.optional(),
    prompt: JournalPromptId.nullable().optional(),
  })
  .refine((b) => (b.text?.trim().length ?? 0) > 0 || (b.mood !== undefined && b.mood !== null), {
    message: 'Write something first, or choose a mood',
    path: ['text'],
  });
export type CreateJournalEntryBody = z.input<typeof CreateJournalEntryBody>;

export const UpdateJournalEntryBody = z
  .strictObject({
    text: JournalText,
    mood: Mood.nullable(),
    tags: Tags,
    prompt: JournalPromptId.nullable(),
  })
  .partial();
export type UpdateJournalEntryBody = z.input<typeof UpdateJournalEntryBody>;

export const JournalEntry = z
  .object({
    id: Id,
    text: z.string(),
    mood: z.number().int().nullable(),
    tags: z.array(z.string()),
    prompt: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'JournalEntry' });
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalEntryResponse = z.object({ entry: JournalEntry, safety: SafetyVerdict });
export type JournalEntryResponse = z.infer<typeof JournalEntryResponse>;

export const ListJournalQuery = z.strictObject({
  tag: Tag.optional().describe('Only entries with this tag'),
  ...PageQuery,
});

export const JournalPage = pageOf(JournalEntry);
export type JournalPage = z.infer<typeof JournalPage>;
