import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../contracts/locale.js';
import { negotiateLocale } from '../../core/i18n/messages.js';

/**
 * The language of the screen asking, for the words Steady itself writes or offers (a draft format,
 * a default topic name): the web client sends its chosen language as Accept-Language. Words a
 * person chose or wrote are stored and shown as they are, whatever language reads them later.
 */
export function localeOf(req: FastifyRequest): Locale {
  return negotiateLocale(req.headers['accept-language']);
}
