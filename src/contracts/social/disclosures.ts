import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

/** Rungs of the ladder: what kind of thing was shared, from small talk towards what matters most. */
export const DISCLOSURE_LEVELS = ['light', 'personal', 'vulnerable'] as const;
export const DisclosureLevel = z.enum(DISCLOSURE_LEVELS).describe('light, personal or vulnerable');
export type DisclosureLevel = z.infer<typeof DisclosureLevel>;

export const DISCLOSURE_TEXT_MAX = 1_000;
const what = freeText(
  z
    .string()
    .trim()
    .min(1, 'A few words about what you shared')
    .max(DISCLOSURE_TEXT_MAX, `Keep it under ${DISCLOSURE_TEXT_MAX.toLocaleString('en')} characters`),
);
const comfort = z.number().int().min(1, 'From 1 to 5').max(5, 'From 1 to 5').describe('How it felt afterwards, 1 (uneasy) to 5 (at ease)');
const plan = freeText(
  z
    .string()
    .trim()
    .max(DISCLOSURE_TEXT_MAX, `Keep it under ${DISCLOSURE_TEXT_MAX.toLocaleString('en')} characters`),
).describe('A short safety plan for the next step: what, when, and how you will look after yourself');

export const CreateDisclosureBody = z.strictObject({ level: DisclosureLevel, what, comfort, nextStepPlan: plan.nullable().optional() });
export const UpdateDisclosureBody = z.strictObject({
  level: DisclosureLevel.optional(),
  what: what.optional(),
  comfort: comfort.optional(),
  nextStepPlan: plan.nullable().optional(),
});

export const Disclosure = z
  .object({
    id: Id,
    personId: Id,
    level: DisclosureLevel,
    what: z.string(),
    comfort: z.number().int(),
    nextStepPlan: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Disclosure' });
export type Disclosure = z.infer<typeof Disclosure>;

export const DisclosureProgression = z
  .object({
    steps: z.number().int(),
    highestLevel: DisclosureLevel.nullable(),
    perLevel: z.object({ light: z.number().int(), personal: z.number().int(), vulnerable: z.number().int() }),
    meanComfort: z.number().nullable().describe('Mean comfort over all steps, one decimal'),
    meanComfortPerLevel: z.object({ light: z.number().nullable(), personal: z.number().nullable(), vulnerable: z.number().nullable() }),
    nextStepPlan: z.string().nullable().describe('The plan written with the latest step'),
  })
  .meta({ id: 'DisclosureProgression' });
export type DisclosureProgression = z.infer<typeof DisclosureProgression>;

export const DisclosureResponse = z.object({ disclosure: Disclosure, safety: SafetyVerdict });
export const DisclosureList = z.object({
  items: z.array(Disclosure).describe('Oldest first: the ladder as it was climbed'),
  progression: DisclosureProgression,
});
