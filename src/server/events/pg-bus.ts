import { createHash, randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { SteadyEvent } from '../../contracts/events.js';
import type { DB } from '../../db/schema.js';
import { LocalEventBus, type Delivery, type EventBus, type Listener } from './bus.js';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; deliveries are split below that. */
const MAX_PAYLOAD = 7000;
const BACKOFF_MIN_MS = 100;
const BACKOFF_MAX_MS = 10_000;

/** What travels through NOTIFY: who should hear, and the event (type, id, at — never content). */
interface Wire {
  /** The publishing process, which has already delivered to its own listeners. */
  o: string;
  r: readonly string[];
  e: SteadyEvent;
}

export interface PgEventBusOptions {
  /** The app's pool: NOTIFY goes through it, after the change committed. */
  db: Kysely<DB>;
  /** Connection settings for the dedicated LISTEN connection (same server and search_path as the pool). */
  clientConfig: pg.ClientConfig;
  log?: Pick<FastifyBaseLogger, 'warn' | 'info'>;
}

/**
 * Several server processes on one PostgreSQL: each process delivers its own events at once and
 * tells the others through NOTIFY on a channel named after the schema (NOTIFY is database-wide, and
 * tests or several installations may share a database). A dedicated connection LISTENs and hands
 * what arrives to this process's streams. When that connection drops it reconnects with backoff,
 * and tells `onReset` listeners, because events sent meanwhile were missed: open streams end, so
 * screens reconnect and refetch.
 */
export class PgEventBus implements EventBus {
  private readonly local = new LocalEventBus();
  private readonly origin = randomUUID();
  private readonly resets = new Set<() => void>();
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoff = BACKOFF_MIN_MS;
  private closed = false;

  private constructor(
    private readonly opts: PgEventBusOptions,
    /** The NOTIFY channel, fixed by the schema at the first connection. */
    readonly channel: string,
  ) {}

  /** Connects the listener and resolves once it LISTENs, so no event published afterwards is missed. */
  static async start(opts: PgEventBusOptions): Promise<PgEventBus> {
    // The pool and the listener share the connection settings, so they share the schema.
    const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(opts.db);
    const schema = rows[0]?.s ?? 'public';
    const bus = new PgEventBus(opts, channelFor(schema));
    await bus.listen();
    return bus;
  }

  async publish({ recipients, event }: Delivery): Promise<void> {
    this.local.deliver(recipients, event);
    if (!recipients.length) return;
    // Only the event's own three fields travel, whatever else the object passed in carries.
    const e: SteadyEvent = { type: event.type, ...(event.id !== undefined && { id: event.id }), at: event.at };
    try {
      for (const r of chunks(recipients)) {
        const wire: Wire = { o: this.origin, r, e };
        await sql`select pg_notify(${this.channel}, ${JSON.stringify(wire)})`.execute(this.opts.db);
      }
    } catch (err) {
      // The change itself has committed; a screen elsewhere catches up when it next loads or reconnects.
      this.opts.log?.warn({ err: (err as Error).message, type: event.type }, 'live event not sent to other servers');
    }
  }

  subscribe(userId: string, listener: Listener): () => void {
    return this.local.subscribe(userId, listener);
  }

  onReset(fn: () => void): () => void {
    this.resets.add(fn);
    return () => void this.resets.delete(fn);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await this.local.close();
    this.resets.clear();
    if (client) await client.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    // TCP keep-alive: a connection that silently died (no FIN) is noticed and replaced.
    const client = new pg.Client({ ...this.opts.clientConfig, keepAlive: true });
    const lost = () => this.lost(client);
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.receive(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    } catch (err) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoff = BACKOFF_MIN_MS;
  }

  private receive(payload: string): void {
    let wire: Wire;
    try {
      wire = JSON.parse(payload) as Wire;
    } catch {
      return;
    }
    if (wire.o === this.origin || !Array.isArray(wire.r)) return;
    const event = SteadyEvent.safeParse(wire.e);
    if (!event.success) return;
    this.local.deliver(
      wire.r.filter((r): r is string => typeof r === 'string'),
      event.data,
    );
  }

  private lost(client: pg.Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.opts.log?.warn('live events: lost the PostgreSQL listener, reconnecting');
    this.retry();
  }

  private retry(): void {
    if (this.closed) return;
    const wait = this.backoff * (0.5 + Math.random() / 2);
    this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.listen().then(
        () => {
          if (this.closed) return;
          this.opts.log?.info('live events: listening again');
          for (const fn of [...this.resets]) fn();
        },
        () => this.retry(),
      );
    }, wait);
  }
}

/** A channel per schema; long schema names are hashed to stay within PostgreSQL's 63-byte names. */
export function channelFor(schema: string): string {
  const name = `steady_events_${schema}`;
  return Buffer.byteLength(name) <= 63 ? name : `steady_events_${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
}

/** Recipients split so each NOTIFY stays under PostgreSQL's payload limit. */
function chunks(recipients: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const r of recipients) {
    if (current.length && size + r.length + 3 > MAX_PAYLOAD - 300) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += r.length + 3;
  }
  if (current.length) out.push(current);
  return out;
}
