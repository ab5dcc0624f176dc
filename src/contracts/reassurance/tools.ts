import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf } from '../common.js';
import { Scale010 } from '../tags.js';
import { RangeQuery } from './urges.js';

export const TOOLS = ['breathing', 'grounding', 'pmr', 'reframe', 'journal'] as const;
export const Tool = z.enum(TOOLS).describe('breathing, 5-4-3-2-1 grounding, progressive muscle relaxation, thought record, journaling');
export type Tool = z.infer<typeof Tool>;

export const CreateToolSessionBody = z.strictObject({
  tool: Tool,
  variant: z.string().trim().min(1).max(40).optional().describe('e.g. box, 4-7-8 or resonance for breathing'),
  startedAt: IsoDateTime,
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60),
  distressBefore: Scale010.describe('Distress before, 0–10'),
  distressAfter: Scale010.describe('Distress after, 0–10'),
  urgeId: Id.optional().describe('The urge this session answered, if any'),
});
export type CreateToolSessionBody = z.input<typeof CreateToolSessionBody>;

export const ToolSession = z
  .object({
    id: Id,
    tool: Tool,
    variant: z.string().nullable(),
    startedAt: IsoDateTime,
    durationSeconds: z.number().int(),
    distressBefore: z.number().int(),
    distressAfter: z.number().int(),
    urgeId: Id.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'ToolSession' });
export type ToolSession = z.infer<typeof ToolSession>;

export const ToolSessionResponse = z.object({ toolSession: ToolSession });
export const ListToolSessionsQuery = z.strictObject({ ...RangeQuery, ...PageQuery });
export const ToolSessionPage = pageOf(ToolSession);
export type ToolSessionPage = z.infer<typeof ToolSessionPage>;
