import { z } from 'zod';
import { IsoDateTime } from '../common.js';
import { Locale } from '../locale.js';

export const SUMMARY_SECTIONS = ['cycles', 'urges', 'assessments', 'goals', 'weeks'] as const;

export const SummaryQuery = z.strictObject({
  from: IsoDateTime.optional().describe('Start of the period (default: everything)'),
  to: IsoDateTime.optional().describe('End of the period, exclusive (default: now)'),
  sections: z
    .string()
    .max(200)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(z.enum(SUMMARY_SECTIONS, { message: `Choose from ${SUMMARY_SECTIONS.join(', ')}` })).min(1))
    .describe(`Comma-separated: ${SUMMARY_SECTIONS.join(', ')}. Only these are included.`),
  locale: Locale.optional().describe('The language to write the page in: the one chosen in the app (default: from Accept-Language)'),
});
