import { z } from 'zod';
import { Id, IsoDateTime } from '../common.js';
import { LocalDay } from '../pair/goals.js';

/** Small things worth doing most days, offered as one tap; any other name can be typed. */
export const SUGGESTED_PRACTICES = [
  'Say hello to a neighbour',
  'Send someone a short "thinking of you" message',
  'Keep the phone away during one meal',
  'Ask someone a question and listen to the whole answer',
  'Thank someone for something small',
  'Stay for a few minutes of chat after an errand',
  'Reply to a message you have been meaning to answer',
] as const;

export const PRACTICE_NAME_MAX = 120;
const name = z
  .string()
  .trim()
  .min(1, 'Give the practice a name')
  .max(PRACTICE_NAME_MAX, `Keep the name under ${PRACTICE_NAME_MAX} characters`);

export const CreatePracticeBody = z.strictObject({ name });
export const UpdatePracticeBody = z.strictObject({
  name: name.optional(),
  archived: z.boolean().optional().describe('Put the practice away (true) or bring it back (false); its days are kept'),
});

export const PracticeCounts = z.object({
  last7: z.number().int().describe('Days done in the last 7 days, today included'),
  last30: z.number().int().describe('Days done in the last 30 days, today included'),
  allTime: z.number().int(),
});

export const Practice = z
  .object({
    id: Id,
    name: z.string(),
    archived: z.boolean(),
    archivedAt: IsoDateTime.nullable(),
    days: PracticeCounts.describe('Counts of days done; there are no streaks'),
    recentDays: z.array(LocalDay).describe('Days done in the last 30 days, oldest first'),
    doneToday: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Practice' });
export type Practice = z.infer<typeof Practice>;

export const PracticeResponse = z.object({ practice: Practice });
export const ListPracticesQuery = z.strictObject({
  archived: z.enum(['true', 'false']).optional().describe('true: only archived ones; false (default): only the ones in use'),
});
export const PracticeList = z.object({
  items: z.array(Practice),
  today: LocalDay.describe('Today in your time zone'),
  suggestions: z.array(z.string()).describe('Ideas for practices'),
});
export const PracticeDayParams = z.strictObject({ id: Id, day: LocalDay });
