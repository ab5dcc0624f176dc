/**
 * The served OpenAPI document read as a list of operations, and a value builder that makes a valid
 * body from each operation's JSON Schema. The attack tests walk this list, so an operation added to
 * the API is attacked without anyone writing a test for it.
 */

export type Schema = Record<string, any>;

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. /api/v1/journal/{id}. */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: Schema; required: boolean }>;
  /** The JSON body's schema, refs resolved lazily through `resolve`. */
  body: Schema | undefined;
  /** Content types the body may have other than JSON (importVCard's text/vcard). */
  otherBodyTypes: string[];
}

export function operationsOf(doc: any): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const content = op.requestBody?.content ?? {};
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: (op.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name),
        queryParams: (op.parameters ?? [])
          .filter((p: any) => p.in === 'query')
          .map((p: any) => ({ name: p.name, schema: p.schema ?? {}, required: !!p.required })),
        body: content['application/json']?.schema,
        otherBodyTypes: Object.keys(content).filter((t) => t !== 'application/json'),
      });
    }
  }
  return out;
}

export function resolver(doc: any): (s: Schema | undefined) => Schema {
  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (typeof s.$ref === 'string') return resolve(doc.components?.schemas?.[s.$ref.split('/').pop()!]);
    return s;
  };
  return resolve;
}

/** Where a value sits in a body, for markers and for naming the field a fuzz run broke. */
export type FieldPath = string[];

export interface BuildContext {
  resolve: (s: Schema | undefined) => Schema;
  /** A value for a field by its name (time zones, regions, ids of things made earlier), or undefined. */
  named?: (name: string, path: FieldPath, schema: Schema) => unknown;
  /** A unique text for a free-text field; the matrix records each to look for it later. */
  text: (path: FieldPath, schema: Schema) => string;
  /** The moment dates and times are built around. */
  now: Date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A valid value for a schema. Every property is filled, optional ones included, so every text field
 * carries a marker. Written here rather than taken from a JSON Schema faker because Steady's fields
 * need values from outside the schema (a real time zone, a Monday, an id made a moment ago), and
 * a faker's random strings would not be findable markers.
 */
export function build(schema: Schema | undefined, ctx: BuildContext, path: FieldPath = []): unknown {
  const s = ctx.resolve(schema);
  const name = path[path.length - 1];
  if (name !== undefined && !/^\d+$/.test(name)) {
    const v = ctx.named?.(name, path, s);
    if (v !== undefined) return v;
  }
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    // Prefer the branch that holds something (not null), so the field is exercised.
    const branches = (options as Schema[]).map(ctx.resolve);
    const pick = branches.find((b) => b.type !== 'null') ?? branches[0];
    return build(pick, ctx, path);
  }
  if (s.allOf) return Object.assign({}, ...(s.allOf as Schema[]).map((x) => build(x, ctx, path)));
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) out[k] = build(v, ctx, [...path, k]);
      return out;
    }
    case 'array': {
      const n = Math.max(1, s.minItems ?? 0);
      return Array.from({ length: Math.min(n, s.maxItems ?? n) }, (_, i) => build(s.items, ctx, [...path, String(i)]));
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -Infinity);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Infinity);
      // One above the minimum: a count of one, a rating off the floor, a version that exists.
      return Math.min(max, Math.max(min === -Infinity ? 1 : min + 1, min));
    }
    case 'boolean':
      // False keeps what the owner writes private unless the operation itself is shared.
      return false;
    case 'null':
      return null;
    case 'string':
      return stringFor(s, ctx, path);
    default:
      return {};
  }
}

function stringFor(s: Schema, ctx: BuildContext, path: FieldPath): string {
  switch (s.format) {
    case 'date-time':
      return new Date(ctx.now.getTime() - 3_600_000).toISOString();
    case 'date':
      return isoDay(ctx.now);
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'email':
      return `m${Math.random().toString(36).slice(2, 10)}@example.org`;
  }
  if (s.pattern === '^\\d{4}-(0[1-9]|1[0-2])$') return isoDay(ctx.now).slice(0, 7);
  if (typeof s.pattern === 'string' && s.pattern.startsWith('^[0-9+()')) return '+44 20 7946 0000';
  const text = ctx.text(path, s);
  const max = s.maxLength ?? Infinity;
  const min = s.minLength ?? 0;
  return text.length > max ? text.slice(0, max) : text.padEnd(min, 'x');
}
