import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import staticFiles from '@fastify/static';

/** Serves the built PWA. Hashed assets never change; the shell and service worker are re-checked every time. */
export const webPlugin = fp(async (app: FastifyInstance, opts: { root: string }) => {
  await app.register(staticFiles, {
    root: opts.root,
    wildcard: false,
    setHeaders(res, path) {
      if (/\/assets\//.test(path)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      else res.setHeader('cache-control', 'no-cache');
    },
  });
});
