import { z } from 'zod';
import { freeText } from './common.js';
import { Region } from './auth.js';

export const SafetyVerdict = z
  .object({ crisis: z.boolean().describe('True when the text suggests the writer may be in danger') })
  .meta({ id: 'SafetyVerdict' });

export const CheckTextBody = z.strictObject({ text: freeText(z.string().max(20_000)) });

export const CrisisResource = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    phone: z.string().optional(),
    sms: z.string().optional(),
    url: z.string().optional(),
    hours: z.string().optional(),
  })
  .meta({ id: 'CrisisResource' });
export type CrisisResource = z.infer<typeof CrisisResource>;

export const CrisisResources = z
  .object({ region: z.string(), emergency: z.string().optional(), resources: z.array(CrisisResource) })
  .meta({ id: 'CrisisResources' });
export type CrisisResources = z.infer<typeof CrisisResources>;

export const CrisisResourcesQuery = z.strictObject({ region: Region.optional() });
