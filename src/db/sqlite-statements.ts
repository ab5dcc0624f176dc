import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query afresh, and preparing costs more than running a
 * small indexed query. Steady issues the same few dozen SQL strings over and over, so statements
 * are kept by their SQL text. Hand-written because Kysely has no hook for it and the wrapper is a
 * dozen lines; the bound is generous because the set of distinct statements is small and fixed.
 */
export function withStatementCache(db: SQLiteDatabase, max = 500): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        remember(cache, sql, stmt, max);
      }
      return stmt;
    },
  };
}

/** Adds to a bounded cache, oldest out first (Map iteration order is insertion order). */
function remember<V>(cache: Map<string, V>, key: string, value: V, max: number): void {
  if (cache.size >= max) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

type Reader = (sql: string, params: readonly unknown[]) => unknown[] | undefined;
const readers = new WeakMap<object, Reader>();

/**
 * A quicker way to run the hottest reads (db/prepared.ts) on SQLite: better-sqlite3 builds each
 * row object in native code one property at a time, which for a 21-row journal page cost more
 * than the query itself (measured 40 µs against 28 µs for the same rows as arrays). Rows are read
 * as arrays and turned into objects here, where V8 gives every row of a statement the same shape.
 *
 * Only outside a transaction: SQLite has one connection, so a read run beside Kysely while some
 * request's transaction is open would see that transaction's uncommitted rows. Then it answers
 * undefined and the caller goes through Kysely, which waits for the transaction to end.
 */
export function registerFastReads(kysely: object, db: SQLiteDatabase, max = 100): void {
  // Statements of its own: raw mode is a setting of the statement, which Kysely's reads must not get.
  const statements = new Map<string, { stmt: Statement; keys: string[] }>();
  readers.set(kysely, (sql, params) => {
    if (db.inTransaction) return undefined;
    let entry = statements.get(sql);
    if (!entry) {
      const stmt = db.prepare(sql);
      if (!stmt.reader) return undefined;
      stmt.raw(true);
      entry = { stmt, keys: stmt.columns().map((c) => c.name) };
      remember(statements, sql, entry, max);
    }
    const { stmt, keys } = entry;
    return (stmt.all(...params) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
      return row;
    });
  });
}

/** The fast reader registered for this Kysely instance, if any (never for a transaction). */
export const fastReader = (kysely: object): Reader | undefined => readers.get(kysely);
