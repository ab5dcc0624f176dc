import { z } from 'zod';

export const CalendarTokenResponse = z.object({
  url: z
    .string()
    .describe(
      'Your secret calendar feed; anyone with it sees the check-in times, and the first names of people with a reach-out rhythm if you turned that on in social settings (nothing else). Rotating makes the old one stop working.',
    ),
});
export type CalendarTokenResponse = z.infer<typeof CalendarTokenResponse>;

export const CalendarFeedParams = z.strictObject({ token: z.string().max(200) });
