import { z } from 'zod';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  /** `compiled` when the server runs from dist/server (production), `sources` when tsx runs the TypeScript. */
  runtime: z.enum(['compiled', 'sources']),
});
