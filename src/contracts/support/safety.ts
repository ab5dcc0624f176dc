import { z } from 'zod';
import { freeText } from '../common.js';
import { Region } from '../account/auth.js';

export const SafetyVerdict = z
  .object({ crisis: z.boolean().describe('True when the text suggests the writer may be in danger') })
  .meta({ id: 'SafetyVerdict' });

export const CheckTextBody = z.strictObject({ text: freeText(z.string().max(20_000)) });

/** Something a phone can dial: digits with spaces or hyphens, a leading + or * allowed ("*4141", "0800 111 0 111"). */
export const DialableNumber = z
  .string()
  .regex(/^[+*]?\d[\d -]*\d$/, 'Use digits, spaces or hyphens, with an optional leading + or *')
  .describe('A number as people write it, e.g. "0800 111 0 111"');

/** An international number for WhatsApp links (wa.me needs the country code). */
export const InternationalNumber = z
  .string()
  .regex(/^\+\d[\d ]*\d$/, 'Start with + and the country code')
  .describe('International number, e.g. "+65 9151 1767"');

// Links a person taps must be https; a citation keeps the address the page was found at.
const HttpsUrl = z.url({ protocol: /^https$/ });
const SourceUrl = z.url({ protocol: /^https?$/ });

export const CrisisResource = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    phone: z.string().optional().describe('Number to call, as written locally'),
    sms: z.string().optional().describe('Number to text'),
    smsKeyword: z.string().optional().describe('Word to send as the first text, when the line asks for one'),
    whatsapp: z.string().optional().describe('International number for a WhatsApp conversation'),
    chat: z.string().optional().describe('Where to start a chat in the browser'),
    url: z.string().optional().describe('The service’s website'),
    hours: z.string().optional(),
    languages: z.array(z.string()).optional().describe('ISO 639-1 codes of the languages the line answers in'),
    source: z.string().optional().describe('Page the details were checked against'),
    checked: z.string().optional().describe('Date (YYYY-MM-DD) the details were last checked'),
  })
  .meta({ id: 'CrisisResource' });
export type CrisisResource = z.infer<typeof CrisisResource>;

export const CrisisResources = z
  .object({
    region: z.string(),
    emergency: z.string().optional().describe('Emergency number(s) as text, e.g. "112 or 999"'),
    resources: z.array(CrisisResource),
  })
  .meta({ id: 'CrisisResources' });
export type CrisisResources = z.infer<typeof CrisisResources>;

/**
 * One line in the curated table (`core/safety/crisis-lines.ts`). Stricter than the API shape: every
 * line says where its details were checked and when, and can be reached by phone, text or chat.
 * Hours and languages are optional only because a source may not state them: leave them out
 * rather than guess.
 */
export const CrisisLineEntry = z
  .strictObject({
    name: z.string().min(2),
    description: z.string().min(10).max(200),
    phone: DialableNumber.optional(),
    sms: DialableNumber.optional(),
    smsKeyword: z
      .string()
      .regex(/^[A-Z0-9]{2,12}$/, 'A single word in capitals')
      .optional(),
    whatsapp: InternationalNumber.optional(),
    chat: HttpsUrl.optional(),
    url: HttpsUrl.optional(),
    hours: z.string().min(3).optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code such as "en"'))
      .min(1)
      .optional(),
    source: SourceUrl,
    checked: z.iso.date(),
  })
  .refine((l) => l.phone || l.sms || l.whatsapp || l.chat, { message: 'A line needs a phone, text or chat' })
  .refine((l) => !l.smsKeyword || l.sms, { message: 'A keyword needs a number to text', path: ['smsKeyword'] });
export type CrisisLineEntry = z.infer<typeof CrisisLineEntry>;

export const CrisisRegionEntry = z
  .strictObject({
    emergency: z.array(DialableNumber).min(1),
    emergencySource: SourceUrl,
    lines: z.array(CrisisLineEntry).min(1),
  })
  .refine((r) => r.lines.some((l) => l.phone || l.sms), { message: 'At least one line must take a call or a text' });
export type CrisisRegionEntry = z.infer<typeof CrisisRegionEntry>;

export const CrisisResourcesQuery = z.strictObject({ region: Region.optional() });
