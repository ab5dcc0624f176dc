import { REAUTH_REQUIRED } from '../../src/contracts/account/auth.js';
import { hashToken } from '../../src/core/account/tokens.js';
import { Writable } from 'node:stream';
import type { DbKind } from '../../src/db/database.js';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import type { App } from '../../src/server/types.js';
import { freshDatabase, type TestDatabase } from './dialects.js';

export interface Harness {
  app: App;
  database: TestDatabase;
  /** Every log line the server wrote, for the no-secrets-in-logs checks. */
  logs: string[];
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

export async function harness(kind: DbKind, options: Partial<AppOptions> = {}): Promise<Harness> {
  const database = await freshDatabase(kind);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const clock = {
    now: new Date('2026-11-21T10:00:00.000Z'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const app = await buildApp({
    database,
    logLevel: 'debug',
    logStream: stream,
    clock: () => clock.now,
    // The login slowdown waits for real only where a test asks it to (no-lockout.test.ts records it).
    sleep: async () => undefined,
    webRoot: '/nonexistent',
    checkResponses: true,
    // Suites sign many people up from one address; the limit itself is tested with its real value.
    signupLimit: 10_000,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    logs,
    clock,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

export interface Client {
  csrf: string;
  cookie: string;
  user: { id: string; email: string; displayName: string; timeZone: string; region: string };
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
}

let counter = 0;
export const PASSWORD = 'correct horse battery staple';

/** Signs up a new person and returns a client that sends their cookie and CSRF token. */
export async function signup(app: App, overrides: Record<string, unknown> = {}): Promise<Client> {
  const email = `person${++counter}-${Date.now()}@example.org`;
  const payload = { email, password: PASSWORD, displayName: 'Sam', timeZone: 'Europe/London', region: 'GB', ...overrides };
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload });
  if (res.statusCode === 202) return confirmedSignup(app, String(payload.email), String(payload.password));
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  return clientFrom(app, res);
}

/**
 * With mail set up, sign-up mails a link instead (suites on such a server read their own mails,
 * and never expect this one): the waiting sign-up is given a token the helper knows, then confirmed.
 */
async function confirmedSignup(app: App, email: string, password: string): Promise<Client> {
  await app.mailer!.idle();
  const token = `helper-${++counter}-${Date.now()}`;
  const moved = await app.database.db
    .updateTable('pending_signups')
    .set({ token_hash: hashToken(token) })
    .where('email', '=', email)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw new Error('signup: no waiting sign-up for the new address');
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup/confirm', payload: { token, password } });
  if (res.statusCode !== 201) throw new Error(`signup confirm failed: ${res.statusCode} ${res.body}`);
  return clientFrom(app, res);
}

export function clientFrom(app: App, res: { json(): any; cookies: Array<{ name: string; value: string }> }): Client {
  const body = res.json();
  const c = res.cookies.find((k) => k.name.endsWith('steady_session'))!;
  const client: Client = {
    csrf: body.csrfToken,
    cookie: `${c.name}=${c.value}`,
    user: body.user,
    async request(method, url, payload, headers = {}) {
      let r = await app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, ...headers },
        ...(payload !== undefined && { payload: payload as object }),
      });
      // As the web client does: when a step needs the password again (exports), give it and retry;
      // a test of that answer itself sends `x-no-reauth`.
      if (r.statusCode === 403 && r.body.includes(REAUTH_REQUIRED) && !headers['x-no-reauth']) {
        const again = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/reauth',
          headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
          payload: { password: PASSWORD },
        });
        if (again.statusCode === 204)
          r = await app.inject({
            method: method as 'GET',
            url,
            headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, ...headers },
            ...(payload !== undefined && { payload: payload as object }),
          });
      }
      let parsed: unknown = r.body;
      try {
        parsed = r.body ? JSON.parse(r.body) : null;
      } catch {
        /* not JSON: keep text */
      }
      return { status: r.statusCode, body: parsed, headers: r.headers };
    },
  };
  return client;
}
