import { z } from 'zod';
import './messages.js';

/** Identifiers are random UUIDs: unguessable, so a probe for someone else's row learns nothing. */
export const Id = z.uuid().describe('Identifier (UUID)');

export const IsoDateTime = z.iso.datetime({ offset: true }).describe('Date and time, ISO 8601');

export const IdParams = z.strictObject({ id: Id });

/** The OpenAPI extension on every request property a person writes in their own words. */
export const FREE_TEXT = 'x-free-text';

/**
 * Marks a string a person writes in their own words (not a name, code, tag or choice). Every
 * operation that takes one answers with the crisis verdict on it (`safety.crisis`), and
 * test/integration/free-text-safety.test.ts walks the OpenAPI document for this mark to hold each
 * operation to that.
 */
export const freeText = <T extends z.ZodType<string | undefined>>(schema: T): T => schema.meta({ [FREE_TEXT]: true });

/** RFC 9457 problem details; `errors` names every field that failed validation. */
export const FieldError = z
  .object({
    field: z.string().describe('Dotted path of the field, e.g. "tags.0"'),
    in: z.enum(['body', 'query', 'params', 'headers']),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string().default('about:blank'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100'),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null at the end'),
  });
}
