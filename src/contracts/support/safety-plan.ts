import { z } from 'zod';
import { freeText, IsoDateTime } from '../common.js';
import { SafetyVerdict } from './safety.js';

/**
 * A personal safety plan, after the Stanley–Brown safety planning steps. It belongs to one person
 * and has no pair path at all: nobody else can read it, not even as "has one".
 *
 * Limits are generous for a hard moment but keep the plan short enough to read on a small screen.
 */
export const SAFETY_PLAN_ITEM_MAX = 280;
export const SAFETY_PLAN_ITEMS_MAX = 12;
export const SAFETY_PLAN_NAME_MAX = 120;
export const SAFETY_PLAN_PHONE_MAX = 40;

// Every line is the person's own words, so the free-text walk and the crisis check cover it.
const item = freeText(z.string().trim().max(SAFETY_PLAN_ITEM_MAX, `Keep each line under ${SAFETY_PLAN_ITEM_MAX} characters`));
const items = (what: string) =>
  z
    .array(item)
    .max(SAFETY_PLAN_ITEMS_MAX, `${SAFETY_PLAN_ITEMS_MAX} at most: a short list is easier to use in a hard moment`)
    .describe(what);

/** Digits, spaces, +, -, dots and brackets only: the number becomes a tel: and sms: link. */
export const PhoneNumber = z
  .string()
  .trim()
  .max(SAFETY_PLAN_PHONE_MAX, `Keep a phone number under ${SAFETY_PLAN_PHONE_MAX} characters`)
  .regex(/^[0-9+()\-. ]*$/, 'Use digits, spaces and + ( ) - only')
  .describe('May be empty');

export const SafetyPlanContact = z
  .object({
    name: z.string().trim().max(SAFETY_PLAN_NAME_MAX, `Keep a name under ${SAFETY_PLAN_NAME_MAX} characters`),
    phone: PhoneNumber,
  })
  .strict()
  .meta({ id: 'SafetyPlanContact' });
export type SafetyPlanContact = z.infer<typeof SafetyPlanContact>;

export const SafetyPlanProfessional = z
  .object({
    name: z.string().trim().max(SAFETY_PLAN_NAME_MAX, `Keep a name under ${SAFETY_PLAN_NAME_MAX} characters`),
    phone: PhoneNumber,
    note: item.describe('Hours, address, or how to reach them (may be empty)'),
  })
  .strict()
  .meta({ id: 'SafetyPlanProfessional' });
export type SafetyPlanProfessional = z.infer<typeof SafetyPlanProfessional>;

const contacts = <T extends z.ZodType>(shape: T, what: string) =>
  z.array(shape).max(SAFETY_PLAN_ITEMS_MAX, `${SAFETY_PLAN_ITEMS_MAX} at most`).describe(what);

/** The seven steps, in the order they are used in a hard moment. Empty lines are dropped on save. */
export const SafetyPlanSteps = z
  .object({
    warningSigns: items('1. Warning signs: thoughts, feelings or situations that tell me a hard time may be starting'),
    copingAlone: items('2. Things I can do on my own to take my mind off it'),
    distractions: items('3. People and places that take my mind off it'),
    helpers: contacts(SafetyPlanContact, '4. People I can ask for help'),
    professionals: contacts(
      SafetyPlanProfessional,
      '5. Professionals and services I can contact (the region’s crisis lines are added on screen)',
    ),
    saferSurroundings: items('6. Making my surroundings safer'),
    reasonsForLiving: items('7. My reasons for living: what matters most to me'),
  })
  .strict()
  .meta({ id: 'SafetyPlanSteps' });
export type SafetyPlanSteps = z.infer<typeof SafetyPlanSteps>;
export type SafetyPlanStepKey = keyof SafetyPlanSteps;

export const PutSafetyPlanBody = SafetyPlanSteps.extend({
  editedAt: IsoDateTime.describe(
    'When you made this edit, by the device’s clock. The newest edit wins: an edit older than the saved one answers 409 with the saved plan.',
  ),
}).strict();
export type PutSafetyPlanBody = z.input<typeof PutSafetyPlanBody>;

export const SafetyPlan = SafetyPlanSteps.extend({
  version: z.number().int().min(1).describe('Goes up by one with every saved edit'),
  editedAt: IsoDateTime.describe('When the saved edit was made (never later than when it reached the server)'),
  updatedAt: IsoDateTime.describe('When the server saved it'),
}).meta({ id: 'SafetyPlan' });
export type SafetyPlan = z.infer<typeof SafetyPlan>;

export const SafetyPlanResponse = z.object({ plan: SafetyPlan, safety: SafetyVerdict }).meta({ id: 'SafetyPlanResponse' });
export type SafetyPlanResponse = z.infer<typeof SafetyPlanResponse>;

/**
 * What getSafetyPlan answers. Having no plan is an ordinary state, not a missing resource, so it
 * is `plan: null` with 200; anyone else's plan is simply never reachable from here.
 */
export const SafetyPlanState = z
  .object({ plan: SafetyPlan.nullable().describe('null until you save one'), safety: SafetyVerdict })
  .meta({ id: 'SafetyPlanState' });
export type SafetyPlanState = z.infer<typeof SafetyPlanState>;

export const SAFETY_PLAN_NEWER = 'https://steady.example/problems/safety-plan-newer';

/** 409: the saved plan holds a newer edit than the one sent; the client keeps the saved one. */
export const SafetyPlanNewer = z
  .object({
    type: z.literal(SAFETY_PLAN_NEWER),
    title: z.string(),
    status: z.literal(409),
    detail: z.string(),
    current: SafetyPlan,
  })
  .meta({ id: 'SafetyPlanNewer' });
export type SafetyPlanNewer = z.infer<typeof SafetyPlanNewer>;
