import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../problem.js';

/** Deeper than any request Steady defines (the deepest is a few levels); far below a stack's limit. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply a JSON text nests, counted in one pass without parsing, stopping as soon as it
 * passes `limit`. Written here because JSON.parse has no depth option and the packages that add
 * one parse the whole text first: a body nested 10,000 deep must be refused before anything
 * recursive (parser, validator, guards) walks it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: skip what it escapes
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Fastify's own JSON parser (with its prototype-poisoning checks), behind a depth limit. */
export const jsonBodyPlugin = fp(async (app: FastifyInstance) => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(badRequest([{ field: 'body', in: 'body', message: `Nested more than ${MAX_JSON_DEPTH} levels deep` }]), undefined);
      return;
    }
    void parse(req, text, done);
  });
});
