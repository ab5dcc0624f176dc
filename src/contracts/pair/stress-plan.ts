import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

const stepText = (what: string) => freeText(z.string().trim().max(280, `Keep "${what}" under 280 characters`));

/** One if-then step: "If I notice…, I will…; you can help by…". */
export const StressPlanStep = z
  .object({
    notice: stepText('If I notice').min(1, 'Say what you notice').describe('If I notice…'),
    will: stepText('I will').min(1, 'Say what you will do').describe('I will…'),
    help: stepText('you can help by').describe('you can help by… (may be empty)'),
  })
  .strict()
  .meta({ id: 'StressPlanStep' });
export type StressPlanStep = z.infer<typeof StressPlanStep>;

export const ProposeStressPlanBody = z.strictObject({
  steps: z.array(StressPlanStep).min(1, 'Add at least one step').max(12, 'Twelve steps at most: short plans are easier in a hard moment'),
});
export type ProposeStressPlanBody = z.input<typeof ProposeStressPlanBody>;

export const AcceptStressPlanBody = z.strictObject({ version: z.number().int().min(1).describe('The proposed version you accept') });

export const StressPlanVersion = z
  .object({
    version: z.number().int(),
    steps: z.array(StressPlanStep),
    status: z.enum(['proposed', 'accepted', 'replaced']).describe('replaced: a newer proposal came before this one was accepted'),
    proposedBy: Id,
    proposedAt: IsoDateTime,
    acceptedBy: Id.nullable(),
    acceptedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'StressPlanVersion' });
export type StressPlanVersion = z.infer<typeof StressPlanVersion>;

export const StressPlanResponse = z.object({
  current: StressPlanVersion.nullable().describe('The newest accepted version, the one on the SOS screen'),
  pending: StressPlanVersion.nullable().describe('A proposal waiting for the other partner'),
  history: z.array(StressPlanVersion).describe('Every version, newest first'),
});
export type StressPlanResponse = z.infer<typeof StressPlanResponse>;

export const StressPlanProposed = z.object({ version: z.number().int(), status: z.literal('proposed'), safety: SafetyVerdict });
