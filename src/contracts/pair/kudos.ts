import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const KUDOS_TEXT_MAX = 280;

/** What the kudos celebrates: the self-regulation efforts the pair space is built around. */
export const KUDOS_CATEGORIES = ['paused', 'soothed', 'parked', 'used-the-plan', 'kept-the-check-in'] as const;
export const KudosCategory = z
  .enum(KUDOS_CATEGORIES)
  .describe('paused before asking; soothed themselves; parked a worry for the check-in; used the plan; kept the check-in');

export const GiveKudosBody = z.strictObject({
  text: freeText(z.string().trim().min(1, 'Write a few words').max(KUDOS_TEXT_MAX, `Keep it under ${KUDOS_TEXT_MAX} characters`)).describe(
    'A short acknowledgment, e.g. "you paused before asking"',
  ),
  category: KudosCategory.optional(),
});
export type GiveKudosBody = z.input<typeof GiveKudosBody>;

export const Kudos = z
  .object({ id: Id, giverId: Id, text: z.string(), category: KudosCategory.nullable(), createdAt: IsoDateTime })
  .meta({ id: 'Kudos' });
export type Kudos = z.infer<typeof Kudos>;

export const KudosResponse = z.object({ kudos: Kudos, safety: SafetyVerdict });
export const ListKudosQuery = z.strictObject({ ...PageQuery });
export const KudosPage = pageOf(Kudos);
