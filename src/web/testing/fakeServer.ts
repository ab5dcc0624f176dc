import { vi } from 'vitest';

/** One request as it reached the fake server. */
export interface SeenRequest {
  method: string;
  url: string;
  body: unknown;
  idempotencyKey: string | null;
}

/** What the fake server does with a request: answer it, or never hear it (the network is down). */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'unreachable';

export interface FakeServer {
  /** Every request that reached the server (an unreachable one did not), in order. */
  readonly seen: SeenRequest[];
  /** Every attempt, including those that never arrived. */
  readonly tried: SeenRequest[];
  /** Sets how later requests are answered; the default creates things and accepts changes. */
  answer(how: (req: SeenRequest) => Answer | undefined): void;
  /** The id the server gave the nth thing it created (0-based). */
  createdId(n: number): string;
}

/**
 * A stand-in for the Steady server behind `fetch`, answering in order, with no timers: a test says
 * what each request gets and reads back what was sent. Creates answer 201 with `{ <noun>: { id } }`
 * like the real routes, so placeholders can be swapped for the ids given here.
 */
export function fakeServer(): FakeServer {
  const seen: SeenRequest[] = [];
  const tried: SeenRequest[] = [];
  const created: string[] = [];
  let custom: (req: SeenRequest) => Answer | undefined = () => undefined;

  const standard = (req: SeenRequest): Answer => {
    const noun = CREATES[req.url];
    if (req.method === 'POST' && noun) {
      const id = crypto.randomUUID();
      created.push(id);
      return { status: 201, body: { [noun]: { id, ...(req.body as object) } } };
    }
    return { status: 200, body: { ok: true } };
  };

  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      const req: SeenRequest = {
        method: init.method ?? 'GET',
        url: input instanceof Request ? input.url : input.toString(),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        idempotencyKey: headers.get('idempotency-key'),
      };
      tried.push(req);
      const answer = custom(req) ?? standard(req);
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      seen.push(req);
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
      });
    }),
  );

  return {
    seen,
    tried,
    answer(how) {
      custom = how;
    },
    createdId(n) {
      const id = created[n];
      if (!id) throw new Error(`the server created only ${created.length} things`);
      return id;
    },
  };
}

const CREATES: Record<string, string> = {
  '/api/v1/urges': 'urge',
  '/api/v1/journal': 'entry',
  '/api/v1/tool-sessions': 'toolSession',
};

/** A problem+json answer, as the server sends for input it refuses. */
export function problem(status: number, title: string, errors: { field: string; message: string }[] = []): Answer {
  return { status, body: { type: 'about:blank', title, status, ...(errors.length ? { errors } : {}) } };
}

/** The browser's idea of being online, which the outbox checks before sending. */
export function network(initial: boolean): { set(online: boolean): void } {
  let online = initial;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  return {
    set(value) {
      online = value;
    },
  };
}
