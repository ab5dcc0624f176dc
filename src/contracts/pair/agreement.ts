import { SafetyVerdict } from '../support/safety.js';
import { z } from 'zod';
import { TimeZone } from '../account/auth.js';
import { Id, IsoDateTime, freeText } from '../common.js';

const Template = (what: string) =>
  freeText(z.string().trim().min(1, `Write the ${what}`).max(500, 'Keep it under 500 characters, so it stays easy to say')).describe(
    `The agreed ${what}, in your own words`,
  );

/** What a pair agrees on; every change is a new version the other accepts. */
export const AgreementTerms = z.strictObject({
  checkInRule: z
    .string()
    .trim()
    .min(1, 'Write a rule such as FREQ=DAILY;BYHOUR=20;BYMINUTE=0')
    .max(500)
    .describe("When check-ins happen: an RFC 5545 RRULE read in the pair's time zone, e.g. FREQ=DAILY;BYHOUR=20;BYMINUTE=0"),
  checkInMinutes: z.number().int().min(5, 'At least 5 minutes').max(120, 'At most 2 hours').describe('How long each check-in lasts'),
  timeZone: TimeZone,
  dailyRequestCap: z
    .number()
    .int()
    .min(0, 'Zero or more')
    .max(5, 'At most 5 a day')
    .describe('Reassurance requests outside check-ins per day, counted in the pair’s time zone'),
  requestTemplate: Template('request format'),
  acknowledgmentTemplate: Template('acknowledgment format'),
});
export type AgreementTerms = z.infer<typeof AgreementTerms>;

export const AgreementStatus = z
  .enum(['proposed', 'accepted', 'superseded', 'replaced'])
  .describe(
    'proposed: waiting for the other; accepted: the one in force; superseded: was in force until a newer one; replaced: a proposal a newer proposal took the place of',
  );

export const AgreementVersion = z
  .object({
    version: z.number().int().min(1),
    status: AgreementStatus,
    terms: AgreementTerms,
    proposedBy: Id,
    proposedAt: IsoDateTime,
    acceptedBy: Id.nullable(),
    acceptedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'AgreementVersion' });
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const AgreementResponse = z
  .object({
    current: AgreementVersion.nullable().describe('The version in force; null until one is accepted'),
    effective: AgreementTerms.describe('What applies now: the accepted terms, or the defaults until one is accepted'),
    pending: AgreementVersion.nullable().describe('A proposal waiting for acceptance'),
    history: z.array(AgreementVersion).describe('Every version, newest first'),
    acknowledgmentPhrasings: z.array(z.string()).describe('A few kind ways to acknowledge, offered to choose from'),
  })
  .meta({ id: 'AgreementResponse' });
export type AgreementResponse = z.infer<typeof AgreementResponse>;

export const ProposeAgreementResponse = z.object({
  version: z.number().int().min(1),
  status: z.literal('proposed'),
  safety: SafetyVerdict,
});

export const AcceptAgreementBody = z.strictObject({
  version: z.number().int().min(1).max(1_000_000).describe('The version you read and accept'),
});
