import { z } from 'zod';

/** The plain page on this server the quick exit opens unless the server names another (QUICK_EXIT_URL). */
export const NEUTRAL_PAGE = '/houseplants.html';

export const QuickExitTarget = z
  .object({
    url: z.string().describe(`Where the quick exit goes: QUICK_EXIT_URL when the server sets it, else ${NEUTRAL_PAGE} on this server`),
  })
  .meta({ id: 'QuickExitTarget' });
export type QuickExitTarget = z.infer<typeof QuickExitTarget>;
