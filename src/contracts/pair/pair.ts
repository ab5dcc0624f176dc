import { z } from 'zod';
import { Password } from '../account/auth.js';
import { Id, IsoDateTime } from '../common.js';

export const PairInvitation = z
  .object({
    code: z.string().describe('Eight characters in two groups, e.g. K7QM-4XRT: easy to read aloud; works once'),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'PairInvitation' });
export type PairInvitation = z.infer<typeof PairInvitation>;

export const JoinPairBody = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code your partner gave you')
    .max(500, 'That’s longer than a link code. Paste just the code: 8 letters and numbers, like K7QM-4XRT.')
    .describe('The code, as your partner read it out, or the message they sent it in (the code is picked out of it)'),
});

export const Pair = z
  .object({
    id: Id,
    partner: z.object({ id: Id, displayName: z.string() }),
    timeZone: z.string().describe("IANA time zone the pair's check-ins and daily limits are counted in"),
    linkedAt: IsoDateTime,
  })
  .meta({ id: 'Pair' });
export type Pair = z.infer<typeof Pair>;

export const PairResponse = z.object({ pair: Pair.nullable().describe('null when you are not linked with anyone') });

/**
 * Why your last pair ended, told once to the partner who did not end it. Only the fact, never
 * anything of the other person's data: not their name, not what they kept or deleted.
 */
export const PairEnding = z
  .object({
    reason: z
      .enum(['partner-unlinked', 'partner-deleted-account'])
      .describe('partner-unlinked: your partner unlinked; partner-deleted-account: your partner deleted their Steady account'),
    endedAt: IsoDateTime,
  })
  .meta({ id: 'PairEnding' });
export type PairEnding = z.infer<typeof PairEnding>;

export const PairStateResponse = PairResponse.extend({
  ended: PairEnding.nullable().describe(
    'Set while you are not linked and your last pair was ended by your partner, until you dismiss it or link again; otherwise null',
  ),
});
export type PairStateResponse = z.infer<typeof PairStateResponse>;

export const LeavePairBody = z.strictObject({ password: Password.describe('Your password, to confirm') });

/** A pair someone was in, for their archive and export. */
export const PastPair = z.object({
  id: Id,
  partnerDisplayName: z.string().nullable().describe('null once the former partner deleted their account'),
  linkedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
});
export type PastPair = z.infer<typeof PastPair>;
