import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DbKind } from '../../src/db/database.js';
import { migrateTo } from '../../src/db/migrate.js';

/**
 * Every integration suite runs once per dialect. TEST_DIALECTS=sqlite narrows a local run; in CI
 * (CI=true) PostgreSQL is mandatory, so a missing TEST_DATABASE_URL fails loudly instead of skipping.
 */
export function dialects(): DbKind[] {
  const wanted = (process.env.TEST_DIALECTS ?? 'sqlite,postgres').split(',').map((s) => s.trim()) as DbKind[];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (wanted.includes('postgres') && !pgUrl) {
    if (process.env.CI) throw new Error('TEST_DATABASE_URL is required in CI: PostgreSQL tests must run, not skip.');
    console.warn('[steady tests] TEST_DATABASE_URL is not set: PostgreSQL suites are NOT running in this local run.');
    return wanted.filter((d) => d !== 'postgres');
  }
  return wanted;
}

export interface TestDatabase extends Database {
  /** Drops everything this test database created. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database: an in-memory SQLite, or a new PostgreSQL schema of its own. `upTo`
 * stops after the named migration, to write data as an older Steady would have.
 */
export async function freshDatabase(kind: DbKind, upTo: string | null = null): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const database = openDatabase({ url: ':memory:' });
    await migrateTo(database, upTo);
    return { ...database, dispose: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openDatabase({ url, schema, poolSize: 4 });
  await migrateAgain(database, upTo);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * Migrates a test database. Kysely's migrator looks for its table by scanning the catalog of every
 * schema; while other suites drop their schemas at the same moment, that scan can fail with
 * "relation … does not exist" (seen in CI). Nothing was migrated by the failed attempt (the scan
 * comes first), so trying again is safe. Every test migrates through here for that reason.
 */
export async function migrateAgain(database: Database, upTo: string | null = null): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateTo(database, upTo);
      return;
    } catch (err) {
      if (attempt >= 5 || !/does not exist/.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
