import type { FastifyRequest } from 'fastify';
import type { App } from './types.js';

/**
 * The address Steady writes into links it hands out (calendar feeds, feedback links). Configured
 * by PUBLIC_URL; a forwarded Host header never sets it, since anyone can send one and a link
 * pointing elsewhere would carry its secret token there. Without PUBLIC_URL, the Host the browser
 * itself sent is used (right for `npm start` on one machine or a LAN address).
 */
export function publicBase(app: App, req: FastifyRequest): string {
  if (app.publicUrl) return app.publicUrl;
  const host = req.headers.host ?? 'localhost';
  return `${req.protocol}://${host}`;
}
