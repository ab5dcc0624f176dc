import { AsyncLocalStorage } from 'node:async_hooks';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import { SqliteGroupCommit } from './group-commit.js';
import { registerFastReads, withStatementCache } from './sqlite-statements.js';

export type DbKind = 'sqlite' | 'postgres';

/** SQLite page cache per connection, in KiB (see openSqlite). */
export const SQLITE_CACHE_KIB = 65_536;
export type Executor = Kysely<DB> | Transaction<DB>;

declare const handedOutByDatabase: unique symbol;
/**
 * A transaction that `Database.transaction` opened: the only place that makes one (a cast in
 * refuseNesting), so a value of this type is inside a transaction that refuses nesting. A
 * repository method whose statements must commit together declares `this: XRepo<Tx>`, so calling
 * it on a repository built over the pool (`new XRepo(database.db)`) does not compile. Reads and
 * single-statement writes keep `Executor`, which a Tx is too.
 */
export type Tx = Transaction<DB> & { readonly [handedOutByDatabase]: true };

export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: DbKind;
  /** PostgreSQL schema this connection is pinned to, when not the default. */
  readonly schema?: string;
  /** PostgreSQL only: how to open a connection of one's own, outside the pool (LISTEN needs one). */
  readonly pgClientConfig?: pg.ClientConfig;
  /** Runs `fn` in a transaction: all of its writes commit together or not at all. */
  transaction<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  /**
   * After something was deleted for good (an account): leaves no copy of it readable in the
   * database's own files. SQLite: the write-ahead log, which still holds the pages as they were, is
   * copied back and emptied. PostgreSQL keeps old row versions until its VACUUM (see the README).
   */
  forgetDeleted(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; anything else is a SQLite file path (or ':memory:'). */
  url: string;
  /** PostgreSQL only: run every connection inside this schema (used to isolate test runs). */
  schema?: string;
  poolSize?: number;
}

export function openDatabase(config: DatabaseConfig): Database {
  if (/^postgres(ql)?:\/\//.test(config.url)) return openPostgres(config);
  return openSqlite(config.url);
}

/**
 * The folder Steady keeps its data in is its owner's alone: created 0700, and an existing one (from
 * an older install) tightened to it. Only for Steady's own DATA_DIR: a folder someone named for
 * the database file itself may be shared with other things, so openSqlite only creates, never
 * changes, a folder.
 */
export function makeDataDirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * The database and its -wal and -shm files readable by their owner only. SQLite creates the
 * -wal and -shm files with the database file's own mode, so the file is made 0600 before SQLite
 * opens it; files left by an older install (or a crash) are tightened as they are found.
 */
function makeDatabaseFilesPrivate(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') makeDatabaseFilesPrivate(file);
  const sqlite = new SQLite(file);
  // WAL lets readers continue during a write; FULL syncs every commit so a line someone wrote
  // survives a power cut; foreign keys make account deletion cascade.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros instead of only being marked free, so a deleted
  // account's words cannot be read back from the file (the WAL is emptied after a deletion:
  // forgetDeleted). Costs some extra writes on delete, which are rare.
  sqlite.pragma('secure_delete = ON');
  // 64 MiB of page cache instead of SQLite's 2 MiB default: with one connection serving everyone,
  // one person's insights over a dense year would otherwise push out the pages the next request
  // reads (measured: a 12-week social insights request 33 → 53 ms after another person's scan).
  // Pages are only allocated as they are read, so a small database stays small in memory.
  sqlite.pragma(`cache_size = ${-SQLITE_CACHE_KIB}`);
  // Planner statistics: SQLite's advice for long-lived connections is a quick optimize at open
  // (0x10002 also analyzes tables that never had statistics) and another now and then.
  // analysis_limit bounds the work to a sample of each index, so a large database opens quickly.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
  const optimizer = setInterval(() => sqlite.pragma('optimize'), 6 * 60 * 60 * 1000).unref();
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  registerFastReads(db, sqlite);
  const group = new SqliteGroupCommit(db);
  const close = async () => {
    clearInterval(optimizer);
    if (sqlite.open) sqlite.pragma('optimize');
    await db.destroy();
  };
  // Through Kysely, so it waits for any transaction in flight on the one connection. TRUNCATE
  // leaves the log empty rather than merely reusable, so the old page images are gone from it too.
  const forgetDeleted = async () => {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  };
  return { db, kind: 'sqlite', transaction: refuseNesting((fn) => group.run(fn)), forgetDeleted, close };
}

function openPostgres(config: DatabaseConfig): Database {
  const clientConfig: pg.ClientConfig = {
    connectionString: config.url,
    ...(config.schema ? { options: `-c search_path=${quoteIdent(config.schema)}` } : {}),
  };
  const pool = new pg.Pool({ ...clientConfig, max: config.poolSize ?? 10 });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    ...(config.schema && { schema: config.schema }),
    pgClientConfig: clientConfig,
    // PostgreSQL groups concurrent commits itself (commit_delay, WAL flush batching).
    transaction: refuseNesting((fn) => db.transaction().execute(fn)),
    // Dead row versions are the server's to reclaim (autovacuum); nothing a connection can force.
    forgetDeleted: async () => undefined,
    close: () => db.destroy(),
  };
}

/** Set while a transaction's callback runs; `open` goes false when it ends, for work it left running. */
const openTransaction = new AsyncLocalStorage<{ open: boolean }>();

export class NestedTransactionError extends Error {
  constructor() {
    super('A transaction was opened inside another. Pass the outer transaction (trx) to the code that needs it instead.');
    this.name = 'NestedTransactionError';
  }
}

/**
 * A transaction opened inside another waits for a connection the outer one holds: on SQLite's
 * single writer it hangs forever, on PostgreSQL it commits separately from the outer one. Either
 * is a bug, so it fails at once, with a message that says what to do.
 */
function refuseNesting(run: <T>(fn: (trx: Transaction<DB>) => Promise<T>) => Promise<T>): Database['transaction'] {
  return (fn) => {
    if (openTransaction.getStore()?.open) return Promise.reject(new NestedTransactionError());
    const mark = { open: true };
    return run((trx) => openTransaction.run(mark, () => fn(trx as Tx))).finally(() => {
      mark.open = false;
    });
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('Schema names are lower-case identifiers');
  return name;
}

/** A row referred to something that no longer exists (e.g. deleted by a concurrent request). */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Unique-constraint violations look different per driver; callers only need to know it was one. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
