import type { ServerResponse } from 'node:http';
import { eventsTable } from '../../contracts/routes/events.routes.js';
import type { SteadyEvent } from '../../contracts/events.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { route } from './define.js';
import type { App } from '../types.js';

export interface StreamOptions {
  /** How often a comment line keeps proxies from closing a quiet stream; the session is re-checked then too. */
  heartbeatMs?: number;
  /** How long a browser waits before reconnecting (the `retry:` hint). */
  retryMs?: number;
}

/** Unsent bytes beyond which a reader is too slow to keep: the stream ends and it reconnects. */
const MAX_BUFFERED = 64 * 1024;
/** Open streams one person may hold on one server (tabs and devices); more are refused, not queued. */
const MAX_STREAMS_PER_PERSON = 20;

/**
 * Events that end the stream once sent. `pair.ended`: the former partner is no longer a recipient
 * of pair events, and a stream should hold nothing from a pair that is over; the browser reconnects.
 */
const ENDS_STREAM = new Set<SteadyEvent['type']>(['pair.ended']);

export async function eventsRoutes(app: App, opts: StreamOptions): Promise<void> {
  const heartbeatMs = opts.heartbeatMs ?? 25_000;
  const retryMs = opts.retryMs ?? 2_000;
  const open = new Set<ServerResponse>();
  const perPerson = new Map<string, number>();

  // Open streams are never idle, so the server would wait for them forever when closing.
  app.addHook('preClose', (done) => {
    for (const res of open) res.end();
    done();
  });
  const forgetReset = app.events.onReset?.(() => {
    for (const res of open) res.end();
  });
  app.addHook('onClose', (_app, done) => {
    forgetReset?.();
    done();
  });

  route(
    app,
    eventsTable.streamEvents,
    {
      tags: ['events'],
      summary: 'Live events for your open screens (Server-Sent Events)',
      description:
        'Each event is an `id:` line and a `data:` line holding a SteadyEvent (#/components/schemas/SteadyEvent: type, id?, at): what changed, never its content; screens fetch what they show through the usual routes. ' +
        'Comment lines keep the stream open. There is no replay: after reconnecting, refetch. The stream ends after `pair.ended` and when this session ends.',
      exposeHeadRoute: false,
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const held = perPerson.get(actor.userId) ?? 0;
      if (held >= MAX_STREAMS_PER_PERSON) {
        throw new HttpProblem(429, 'Too many open screens', 'Close a few Steady tabs or windows, and this one will connect again.');
      }
      perPerson.set(actor.userId, held + 1);
      const started = Date.now();
      reply.hijack();
      const res = reply.raw;
      // The security headers (and `cache-control: no-store`) were set on the reply by the onRequest hooks.
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx and similar proxies otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      res.write(`retry: ${retryMs}\n\n`);
      open.add(res);

      let sequence = 0;
      const unsubscribe = app.events.subscribe(actor.userId, (event) => {
        if (res.writableEnded) return;
        const { type, id, at } = event;
        res.write(`id: ${++sequence}\ndata: ${JSON.stringify(id === undefined ? { type, at } : { type, id, at })}\n\n`);
        if (ENDS_STREAM.has(type) || res.writableLength > MAX_BUFFERED) res.end();
      });
      const sessions = new SessionsRepo(app.database.db);
      const heartbeat = setInterval(() => {
        if (res.writableEnded) return;
        res.write(': keep-alive\n\n');
        // Logged out, revoked from another device, expired, or the account deleted: the stream ends.
        sessions.isLive(actor, app.clock().toISOString()).then(
          (live) => live || res.end(),
          () => undefined,
        );
      }, heartbeatMs);

      res.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
        const left = (perPerson.get(actor.userId) ?? 1) - 1;
        if (left > 0) perPerson.set(actor.userId, left);
        else perPerson.delete(actor.userId);
        req.log.info({ method: req.method, route: '/api/v1/events', status: 200, ms: Date.now() - started }, 'stream closed');
      });
    },
  );
}
