import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { FieldError } from '../../contracts/common.js';
import { badRequest } from '../problem.js';

const NUL_MESSAGE = 'Contains a character that cannot be stored (U+0000)';

/** The largest integer both databases store in an integer column (PostgreSQL's int4). */
export const INT_LIMIT = 2 ** 31 - 1;
const HUGE_MESSAGE = `Must be between ${-INT_LIMIT} and ${INT_LIMIT}`;

/** A check on one string (a value or a key) or one number in a request. */
type Leaf = (x: string | number) => boolean;
const hasNulChar: Leaf = (x) => typeof x === 'string' && x.includes('\u0000');
const isHuge: Leaf = (x) => typeof x === 'number' && Math.abs(x) > INT_LIMIT;

/** Whether any value or key fails the check; allocates nothing, as almost every request passes. */
function anyLeaf(value: unknown, bad: Leaf): boolean {
  if (typeof value === 'string' || typeof value === 'number') return bad(value);
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (anyLeaf(v, bad)) return true;
    return false;
  }
  for (const k in value) {
    if (bad(k) || anyLeaf((value as Record<string, unknown>)[k], bad)) return true;
  }
  return false;
}

/** The dotted path of the first value (or key) that fails the check. */
function findLeaf(value: unknown, bad: Leaf, path: string[]): string[] | null {
  if (typeof value === 'string' || typeof value === 'number') return bad(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findLeaf(v, bad, [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (bad(k)) return [...path, k];
      const hit = findLeaf(v, bad, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/** A 400 naming the first field of the request that fails the check, or undefined. */
function refusal(req: FastifyRequest, bad: Leaf, message: string): Error | undefined {
  const places: Array<[FieldError['in'], unknown]> = [
    ['params', req.params],
    ['query', req.query],
    ['body', req.body],
  ];
  if (!places.some(([, v]) => anyLeaf(v, bad))) return undefined;
  for (const [where, value] of places) {
    const path = findLeaf(value, bad, []);
    if (path) return badRequest([{ field: path.join('.') || where, in: where, message }]);
  }
  return undefined;
}

/**
 * PostgreSQL cannot store U+0000 in text and fails the whole statement, while SQLite would store
 * it: refusing it up front, for every route and every field, keeps both databases answering the
 * same way (a 400 that names the field) instead of a 500 on one of them.
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', (req, _reply, done) => done(refusal(req, hasNulChar, NUL_MESSAGE)));
  // After validation, so a query string's digits have become the numbers a handler will use.
  // No number Steady takes needs more than an int4: a larger one fails the statement on
  // PostgreSQL (a 500) and is stored on SQLite, so both refuse it here, naming the field.
  app.addHook('preHandler', (req, _reply, done) => done(refusal(req, isHuge, HUGE_MESSAGE)));
});
