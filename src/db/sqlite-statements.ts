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
        // Oldest out first: Map iteration order is insertion order.
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
