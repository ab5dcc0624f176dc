import { Writable } from 'node:stream';
import type { Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/types.js';
import type { Client, Harness } from './api.js';
import { clientFrom } from './api.js';

/** Like harness(), on a database the test opened itself (a SQLite file, a given PostgreSQL schema). */
export async function harnessOn(database: Database, now = new Date('2026-11-21T10:00:00.000Z')): Promise<Harness> {
  await migrateToLatest(database);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const clock = {
    now,
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const app = await buildApp({
    database,
    logLevel: 'debug',
    logStream,
    clock: () => clock.now,
    sleep: async () => undefined,
    webRoot: '/nonexistent',
    checkResponses: true,
  });
  await app.ready();
  const disposable = { ...database, dispose: () => database.close() };
  return {
    app,
    database: disposable,
    logs,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The same signed-in session, sent to another app (the session row came along with the data). */
export function sameSessionOn(app: App, c: Client): Client {
  const name = c.cookie.slice(0, c.cookie.indexOf('='));
  const value = c.cookie.slice(name.length + 1);
  return clientFrom(app, { json: () => ({ csrfToken: c.csrf, user: c.user }), cookies: [{ name, value }] });
}

/** The two reads that need a query, given one that shows the seeded data. */
const QUERIES: Record<string, string> = {
  '/api/v1/summary': '?sections=cycles,urges,assessments,goals',
  '/api/v1/reviews': '?kind=weekly&periodStart=2026-11-16',
};

/** Every read that needs no id (the live stream and the health check aside), in the OpenAPI document's order. */
export function smokeReads(openapi: { paths: Record<string, Record<string, unknown>> }): string[] {
  const skip = new Set(['/api/health', '/api/v1/events']);
  return Object.entries(openapi.paths)
    .filter(([path, ops]) => 'get' in ops && !path.includes('{') && !skip.has(path))
    .map(([path]) => path + (QUERIES[path] ?? ''));
}

export async function walk(c: Client, paths: string[]): Promise<Record<string, { status: number; body: unknown }>> {
  const out: Record<string, { status: number; body: unknown }> = {};
  for (const path of paths) {
    const r = await c.request('GET', path);
    out[path] = { status: r.status, body: r.body };
  }
  return out;
}
