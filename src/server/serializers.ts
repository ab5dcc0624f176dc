import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

type Json = { [key: string]: unknown };

/**
 * Response bodies are written by fast-json-stringify, compiled once per route from the route's zod
 * response schema (the same schema the OpenAPI document shows). It writes only the properties the
 * schema names, so nothing a repository happens to return beyond the contract leaves the server,
 * and it does so without re-checking every row's UUID and date patterns as zod's parse did, which
 * was a large share of a journal page's cost.
 *
 * With `check` (tests and development), each body is first parsed with the zod schema as well,
 * so a handler that breaks its contract fails loudly there instead of sending something else.
 */
export function responseSerializers(check: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const zod = zodOf(schema);
    const stringify = fastJson(jsonSchemaOf(zod) as unknown as Parameters<typeof fastJson>[0]);
    if (!check) return (data) => stringify(data);
    return (data) => {
      const parsed = zod.safeParse(data);
      if (!parsed.success) throw new Error(`The ${method} ${url} response breaks its schema: ${z.prettifyError(parsed.error)}`);
      return stringify(parsed.data);
    };
  };
}

function zodOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  // A response declared per content type wraps its schema in `properties`.
  const inner = (schema as { properties?: unknown } | null)?.properties;
  if (inner instanceof z.ZodType) return inner;
  throw new Error('Response schemas must be zod schemas');
}

const mapValues = (o: Json, f: (v: unknown) => unknown): Json => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/**
 * The output JSON Schema, with `X or null` unions as type lists, which fast-json-stringify writes
 * directly instead of trying each branch, and without string formats and patterns, which it would
 * check or convert on every value (ISO dates are already strings here).
 */
export function jsonSchemaOf(schema: z.ZodType): Json {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as Json;
  return simplify(json) as Json;
}

/** Keywords fast-json-stringify would only spend time on: it writes strings as they are either way. */
const IGNORED = new Set(['format', 'pattern', 'description']);

function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (IGNORED.has(k)) continue;
    // Under these keywords the keys are names (of properties or definitions), not keywords.
    out[k] = k === 'properties' || k === 'definitions' ? mapValues(v as Json, simplify) : simplify(v);
  }
  const anyOf = out.anyOf as Json[] | undefined;
  if (anyOf?.length === 2) {
    const nullIndex = anyOf.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex !== -1 && other && typeof other.type === 'string' && other.anyOf === undefined && other.$ref === undefined) {
      const { anyOf: _, ...rest } = out;
      // An enum keeps null among its values, or a nullable enum inside a union would match no branch.
      const values = Array.isArray(other.enum) ? { enum: [...(other.enum as unknown[]), null] } : {};
      return { ...rest, ...other, ...values, type: [other.type, 'null'] };
    }
  }
  return out;
}
