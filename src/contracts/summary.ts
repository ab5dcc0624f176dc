import { z } from 'zod';
import { IsoDateTime } from './common.js';

export const SUMMARY_SECTIONS = ['cycles', 'urges', 'assessments', 'goals'] as const;

export const SummaryQuery = z.strictObject({
  from: IsoDateTime.optional().describe('Start of the period (default: everything)'),
  to: IsoDateTime.optional().describe('End of the period, exclusive (default: now)'),
  sections: z
    .string()
    .max(200)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(z.enum(SUMMARY_SECTIONS, { message: `Choose from ${SUMMARY_SECTIONS.join(', ')}` })).min(1))
    .describe(`Comma-separated: ${SUMMARY_SECTIONS.join(', ')}. Only these are included.`),
});
