import { z } from 'zod';

export const TAG_MAX = 40;
export const TAGS_MAX = 20;

export const Tag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(TAG_MAX, `Keep tags under ${TAG_MAX} characters`)
  .transform((t) => t.toLowerCase());

export const Tags = z
  .array(Tag)
  .max(TAGS_MAX, `Use at most ${TAGS_MAX} tags`)
  .transform((tags) => [...new Set(tags)])
  .describe('Your own labels, lower-cased and de-duplicated');

/** The 0–10 scale Steady uses for every rating (mood, anxiety, intensity, distress). */
export const Scale010 = z.number().int().min(0).max(10);
