import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * Logs carry method, route template, status and timing only. The route template (`/api/v1/journal/:id`)
 * stands in for the URL because query strings can hold tags or search words, and no headers are
 * logged because they hold cookies and tokens. Bodies are never logged.
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream && { stream }),
    serializers: {
      req: (req: { method?: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'headers', 'body', 'password', 'email', 'text'], remove: true },
  } as FastifyServerOptions['logger'];
}
