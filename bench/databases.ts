/** What the database benchmarks share: a real database of either dialect, and honest timing. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DbKind } from '../src/db/database.js';

export { stats, type Stats } from './lib.js';

/** Wall time, and this process's CPU time (with better-sqlite3 that is the query's own work, whatever else the machine is doing). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000, value };
}

export async function open(kind: DbKind, pgUrl?: string): Promise<{ database: Database; dispose: () => Promise<void>; where: string }> {
  if (kind === 'sqlite') {
    // A file, as in production (WAL, synchronous=FULL): an in-memory database would flatter it.
    const dir = mkdtempSync(join(tmpdir(), 'steady-bench-'));
    const database = openDatabase({ url: join(dir, 'steady.db') });
    return {
      database,
      where: 'temporary file',
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openDatabase({ url: pgUrl!, schema, poolSize: 10 });
  return {
    database,
    where: `schema ${schema}`,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
