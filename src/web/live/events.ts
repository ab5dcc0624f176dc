import { SteadyEvent, type EventType } from '../../contracts/events.js';

/**
 * One live connection per app (GET /api/v1/events, Server-Sent Events), shared by every screen that
 * listens. It is open only while someone is signed in and a screen listens; it closes at log-out.
 * Events say what changed, never its content: a listener refetches through the usual routes.
 * After the connection comes back from a break, every listener is called once without an event,
 * since something may have changed meanwhile (the server keeps no backlog to replay).
 */
export type LiveListener = (event?: SteadyEvent) => void;

interface Subscription {
  types: ReadonlySet<EventType>;
  listener: LiveListener;
}

/** The parts of the browser's EventSource this uses (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((this: EventSourceLike, ev: Event) => unknown) | null;
  onmessage: ((this: EventSourceLike, ev: MessageEvent<string>) => unknown) | null;
  onerror: ((this: EventSourceLike, ev: Event) => unknown) | null;
  close(): void;
}

const CLOSED = 2;
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;

export class LiveEvents {
  private readonly subscriptions = new Set<Subscription>();
  private readonly observers = new Set<LiveListener>();
  private source: EventSourceLike | null = null;
  private signedIn = false;
  private hadConnection = false;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly open: (url: string) => EventSourceLike = (url) => new EventSource(url) as unknown as EventSourceLike,
    private readonly url = '/api/v1/events',
  ) {}

  /** Called by the session: the connection may exist only while someone is signed in. */
  setSignedIn(signedIn: boolean): void {
    this.signedIn = signedIn;
    if (!signedIn) this.hadConnection = false;
    this.update();
  }

  subscribe(types: readonly EventType[], listener: LiveListener): () => void {
    const sub = { types: new Set(types), listener };
    this.subscriptions.add(sub);
    this.update();
    return () => {
      this.subscriptions.delete(sub);
      this.update();
    };
  }

  /**
   * Hears every event, and every return from a break, while the connection is open, without keeping
   * it open: the query cache marks what changed as stale even when no screen showing it is mounted.
   */
  observe(listener: LiveListener): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  /** Whether a connection is open or being opened (for tests and diagnostics). */
  get connected(): boolean {
    return this.source !== null;
  }

  private update(): void {
    const wanted = this.signedIn && this.subscriptions.size > 0;
    if (wanted && !this.source && this.retryTimer === undefined) this.connect();
    if (!wanted) this.disconnect();
  }

  private connect(): void {
    const source = this.open(this.url);
    this.source = source;
    source.onopen = () => {
      this.retryMs = RETRY_MIN_MS;
      if (this.hadConnection) this.notifyAll();
      this.hadConnection = true;
    };
    source.onmessage = (msg) => this.dispatch(msg.data);
    source.onerror = () => {
      // A network break: EventSource reconnects by itself. A refusal (e.g. 401) or a closed
      // stream it gives up on: try again later, more slowly each time.
      if (source.readyState !== CLOSED || this.source !== source) return;
      this.source = null;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.update();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
  }

  private disconnect(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = null;
  }

  private dispatch(data: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    // Event types this build does not know yet (a newer server) are skipped, not an error.
    const event = SteadyEvent.safeParse(parsed);
    if (!event.success) return;
    for (const observer of [...this.observers]) observer(event.data);
    for (const sub of [...this.subscriptions]) if (sub.types.has(event.data.type)) sub.listener(event.data);
  }

  private notifyAll(): void {
    for (const observer of [...this.observers]) observer();
    for (const sub of [...this.subscriptions]) sub.listener();
  }
}

/** The app's one connection. */
export const liveEvents = new LiveEvents();
