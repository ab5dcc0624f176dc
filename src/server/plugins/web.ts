import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import staticFiles from '@fastify/static';

/** Serves the built PWA. Hashed assets never change; the service worker and public files are re-checked every time. */
export const webPlugin = fp(async (app: FastifyInstance, opts: { root: string }) => {
  await app.register(staticFiles, {
    root: opts.root,
    wildcard: false,
    // Every file's Cache-Control comes from setHeaders below, not @fastify/static's default.
    cacheControl: false,
    setHeaders(res, path) {
      if (/\/assets\//.test(path)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      // The app's page is never kept by the browser's cache or its Back/Forward cache, so Back after
      // a log-out, a lock or a quick exit cannot show what was on the screen (the service worker
      // keeps its own copy for offline use).
      else if (/(^|\/)index\.html$/.test(path)) res.setHeader('cache-control', 'no-store');
      else res.setHeader('cache-control', 'no-cache');
    },
  });
});
