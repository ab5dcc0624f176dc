import { z } from 'zod';
import { IsoDateTime } from '../common.js';

export const SocialSettings = z
  .object({
    rhythmsInCalendar: z
      .boolean()
      .describe('Whether your calendar feed shows a gentle all-day "Maybe reach out to …" on the day each rhythm comes round'),
    updatedAt: IsoDateTime.nullable().describe('null until you first change a setting'),
  })
  .meta({ id: 'SocialSettings' });
export type SocialSettings = z.infer<typeof SocialSettings>;

export const UpdateSocialSettingsBody = z.strictObject({
  rhythmsInCalendar: z.boolean(),
});
export type UpdateSocialSettingsBody = z.infer<typeof UpdateSocialSettingsBody>;
