import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

const middleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'manifest-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  // Steady makes no cross-origin requests; nothing needs a referrer.
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
  xFrameOptions: { action: 'deny' },
});

/**
 * helmet's headers, worked out once: with no per-request nonces they never change, while running
 * its middleware on every response re-parses the policy each time (measured: about 6% of a
 * journal page request). helmet stays the source of the values.
 */
function staticHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  } as unknown as ServerResponse;
  middleware({} as IncomingMessage, res, () => undefined);
  return {
    ...headers,
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** A year, the usual minimum for preload lists; subdomains are left to the operator. */
const HSTS = 'max-age=31536000';

export const securityPlugin = fp(async (app: FastifyInstance) => {
  const headers = staticHeaders();
  const api = { ...headers, 'cache-control': 'no-store' };
  app.addHook('onRequest', (req, reply, done) => {
    // Private words must not sit in a shared proxy or the browser's disk cache.
    void reply.headers(req.url.startsWith('/api/') ? api : headers);
    // Only over HTTPS (directly or through a trusted proxy): sent over plain HTTP it would be ignored,
    // and on `npm start` at http://localhost it must not pin the browser to HTTPS.
    if (req.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    done();
  });
});
