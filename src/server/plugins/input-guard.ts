import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FieldError } from '../../contracts/common.js';
import { badRequest } from '../problem.js';

const MESSAGE = 'Contains a character that cannot be stored (U+0000)';

/** Whether any string or key holds U+0000; allocates nothing, as almost every request has none. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (hasNul(v)) return true;
    return false;
  }
  for (const k in value) {
    if (k.includes('\u0000') || hasNul((value as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/** Finds the first string (or key) holding U+0000, by its dotted path. */
function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findNul(v, [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return [...path, k];
      const hit = findNul(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store U+0000 in text and fails the whole statement, while SQLite would store
 * it: refusing it up front, for every route and every field, keeps both databases answering the
 * same way (a 400 that names the field) instead of a 500 on one of them.
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', (req, _reply, done) => {
    if (!hasNul(req.params) && !hasNul(req.query) && !hasNul(req.body)) return done();
    const places: Array<[FieldError['in'], unknown]> = [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ];
    for (const [where, value] of places) {
      const path = findNul(value, []);
      if (path) return done(badRequest([{ field: path.join('.') || where, in: where, message: MESSAGE }]));
    }
    done();
  });
});
