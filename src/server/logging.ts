import type { FastifyServerOptions } from 'fastify';
import pino, { type DestinationStream } from 'pino';

/**
 * Logs carry method, route template, status and timing only. The route template (`/api/v1/journal/:id`)
 * stands in for the URL because query strings can hold tags or search words, and no headers are
 * logged because they hold cookies and tokens. Bodies are never logged.
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    // Buffered, asynchronous writes to stdout: a synchronous write per request was a large share of
    // request cost. pino flushes the buffer on exit.
    stream: stream ?? pino.destination({ dest: 1, sync: false, minLength: 4096 }),
    serializers: {
      req: (req: { method?: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? 'unmatched',
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'headers', 'body', 'password', 'email', 'text'], remove: true },
  };
}
