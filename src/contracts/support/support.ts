import { SafetyVerdict } from './safety.js';
import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';

export const RESOURCE_KINDS = ['therapist', 'couples-therapist', 'clinic', 'group', 'helpline', 'teletherapy', 'friend', 'other'] as const;

const field = (max: number) => z.string().trim().max(max).nullable().optional();

export const CreateSupportResourceBody = z.strictObject({
  name: z.string().trim().min(1, 'Give it a name').max(120),
  kind: z.enum(RESOURCE_KINDS),
  contact: field(300).describe('Phone, email, address or website'),
  cost: field(120).describe('What it costs, in your words'),
  notes: freeText(z.string().trim().max(2_000)).nullable().optional(),
});
export const UpdateSupportResourceBody = CreateSupportResourceBody.partial();

export const SupportResource = z
  .object({
    id: Id,
    name: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    contact: z.string().nullable(),
    cost: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'SupportResource' });
export type SupportResource = z.infer<typeof SupportResource>;

export const SupportResourceResponse = z.object({ resource: SupportResource, safety: SafetyVerdict });
export const SupportResourceList = z.object({ items: z.array(SupportResource) });

export const SIGN_CODES = [
  'recurring-cycles',
  'escalation',
  'exhaustion',
  'insecurity',
  'stuck',
  'depression-screen',
  'anxiety-screen',
  'relationship-distress',
  'self-harm-thoughts',
  'lonely-thin-map',
] as const;

export const SmallStep = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('reach-out'), personId: Id, name: z.string().describe('Someone from your own map') }),
    z.object({ kind: z.literal('add-someone') }),
  ])
  .describe('reach-out: one person from your map to contact; add-someone: put one person on your map')
  .meta({ id: 'SmallStep' });
export type SmallStep = z.infer<typeof SmallStep>;

export const SupportSignals = z
  .object({
    suggestSupport: z
      .boolean()
      .describe('True when any two signs hold, or any one screening sign, or feeling alone with a thin social map'),
    reasons: z.array(
      z.object({
        code: z.enum(SIGN_CODES),
        detail: z.string().describe('What was seen, in plain words (English)'),
        figure: z
          .number()
          .nullable()
          .describe('The count or score the detail names, null when it names none: for wording it in another language'),
      }),
    ),
    smallStep: SmallStep.nullable().describe('With lonely-thin-map only: one small step toward someone'),
  })
  .meta({ id: 'SupportSignals' });
