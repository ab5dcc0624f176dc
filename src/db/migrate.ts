import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

/** The migration after which SQLite files are rewritten once (see migrateToLatest). */
const REWRITE_AFTER = '2026-12-03T1700-hashed-throttle-keys';

export async function migrateToLatest(database: Database): Promise<MigrationResultSet> {
  const result = await migrateTo(database, null);
  // Before secure_delete was turned on, a deleted row only had its pages marked free, so an older
  // install's file may still hold text deleted long ago. The upgrade that brings secure_delete
  // rewrites the file once (VACUUM copies only live rows), and empties the log after it.
  if (database.kind === 'sqlite' && result.results?.some((r) => r.status === 'Success' && r.migrationName === REWRITE_AFTER)) {
    await sql`vacuum`.execute(database.db);
    await database.forgetDeleted();
  }
  return result;
}

/** Up (or down) to the named migration, or the latest with null: how tests check a migration against data written before it. */
export async function migrateTo(database: Database, target: string | null): Promise<MigrationResultSet> {
  // Kysely looks for its bookkeeping table across every schema it can see; pinning it to the
  // connection's own schema keeps two Steady instances (or parallel test runs) in one PostgreSQL
  // database from mistaking each other's history for their own.
  const schema = database.kind === 'postgres' ? (database.schema ?? (await currentSchema(database))) : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema && { migrationTableSchema: schema }),
  });
  const result = target === null ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (result.error) throw result.error instanceof Error ? result.error : new Error('Migration failed');
  return result;
}

/** The schema a PostgreSQL connection works in (its search_path), where Steady keeps its tables. */
export async function currentSchema(database: Database): Promise<string> {
  const r = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return r.rows[0]?.schema ?? 'public';
}
