import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { SteadyEvent } from '../../src/contracts/events.js';

export interface Received {
  event: SteadyEvent;
  /** The `id:` line that came with it. */
  id: string | undefined;
  /** performance.now() when it was read. */
  at: number;
}

/**
 * A Server-Sent Events stream read as a browser's EventSource reads it. node:http on a connection of
 * its own (no keep-alive agent): fetch's pool opens a spare connection after an abort, which a
 * closing server then waits on until its header timeout.
 */
export interface Stream {
  status: number;
  headers: IncomingHttpHeaders;
  received: Received[];
  comments: string[];
  retry: number | undefined;
  /** Settles when the server ends the stream. */
  ended: Promise<void>;
  /** The first event (from index `from` on) matching `match`, or a rejection after `timeoutMs`. */
  next(match: (e: SteadyEvent) => boolean, timeoutMs?: number, from?: number): Promise<Received>;
  /** Resolves once `ms` pass with no matching event (the opposite check). */
  quiet(match: (e: SteadyEvent) => boolean, ms: number): Promise<boolean>;
  close(): void;
  /** Called for every event as it is read (benchmarks). */
  onEvent?: (r: Received) => void;
}

export async function openStream(url: string, cookie?: string): Promise<Stream> {
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    request(url, { agent: false, headers: { accept: 'text/event-stream', ...(cookie && { cookie }) } }, resolve)
      .on('error', reject)
      .end();
  });
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  const stream: Stream = {
    status: res.statusCode ?? 0,
    headers: res.headers,
    received: [],
    comments: [],
    retry: undefined,
    ended: Promise.resolve(),
    async next(match, timeoutMs = 2_000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = stream.received.slice(from).find((r) => match(r.event));
          if (!hit) return;
          cleanup();
          resolve(hit);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(stream.received.map((r) => r.event))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async quiet(match, ms) {
      const before = stream.received.length;
      await new Promise((r) => setTimeout(r, ms));
      return !stream.received.slice(before).some((r) => match(r.event));
    },
    close: () => void res.destroy(),
  };
  if (stream.status !== 200) {
    res.resume();
    return stream;
  }
  res.setEncoding('utf8');
  stream.ended = (async () => {
    let buffer = '';
    try {
      for await (const chunk of res as AsyncIterable<string>) {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let id: string | undefined;
          let data: string | undefined;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) stream.comments.push(line.slice(1).trim());
            else if (line.startsWith('retry: ')) stream.retry = Number(line.slice(7));
            else if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('data: ')) data = line.slice(6);
          }
          if (data === undefined) continue;
          const r = { event: JSON.parse(data) as SteadyEvent, id, at: performance.now() };
          stream.received.push(r);
          stream.onEvent?.(r);
          wake();
        }
      }
    } catch {
      // Closed by this side (close()) or cut by the server: either way the stream is over.
    }
  })();
  return stream;
}
