import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from './database.js';
import { currentSchema, migrateToLatest } from './migrate.js';
import { checkSqliteBackup, InUseError } from './sqlite-files.js';

/**
 * A whole SQLite installation moved into PostgreSQL. Both run the same migration tree, so every
 * table and column has the same name on both sides and the copy is table by table, row by row.
 */

export interface TableCount {
  table: string;
  rows: number;
}

/** Kysely's own bookkeeping: the target writes its own while it is migrated. */
const NOT_COPIED = new Set(['kysely_migration', 'kysely_migration_lock']);

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 30_000;

export async function copySqliteToPostgres(
  sourceFile: string,
  targetUrl: string,
  progress: (table: string, rows: number) => void = () => undefined,
): Promise<TableCount[]> {
  const check = checkSqliteBackup(sourceFile);
  if (check.pending > 0) {
    // Both sides must be at the same version for their columns to match.
    const source = openDatabase({ url: sourceFile });
    try {
      await migrateToLatest(source);
    } finally {
      await source.close();
    }
  }
  const target = openDatabase({ url: targetUrl, poolSize: 1 });
  let schema: string;
  try {
    await migrateToLatest(target);
    schema = await currentSchema(target);
  } finally {
    await target.close();
  }

  // The source stays locked for the whole copy, so no server can write a row the copy misses.
  const sqlite = new SQLite(sourceFile, { fileMustExist: true, timeout: 0 });
  try {
    try {
      sqlite.pragma('locking_mode = EXCLUSIVE');
      sqlite.exec('BEGIN EXCLUSIVE');
    } catch {
      throw new InUseError(sourceFile);
    }
    const tables = tablesInDependencyOrder(sqlite);
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await refuseNonEmpty(client, schema, tables);
      const counts: TableCount[] = [];
      for (const table of tables) {
        const rows = await copyTable(sqlite, client, schema, table);
        progress(table, rows);
        counts.push({ table, rows });
      }
      for (const { table, rows } of counts) {
        const copied = await countRows(client, schema, table);
        if (copied !== rows) throw new Error(`${table}: ${rows} rows in SQLite but ${copied} in PostgreSQL; nothing was copied`);
      }
      await client.query('COMMIT');
      return counts;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await client.end();
    }
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
  }
}

/** Parents before children, so every foreign key finds its row (checked at each insert). */
function tablesInDependencyOrder(sqlite: SQLite.Database): string[] {
  const names = (
    sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((n) => !NOT_COPIED.has(n));
  const parents = new Map(
    names.map((n) => [
      n,
      new Set(
        (sqlite.prepare(`select "table" as parent from pragma_foreign_key_list(?)`).all(n) as { parent: string }[])
          .map((r) => r.parent)
          .filter((p) => p !== n),
      ),
    ]),
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error('The tables refer to each other in a circle; Steady cannot order the copy');
    for (const n of ready) {
      ordered.push(n);
      placed.add(n);
    }
  }
  return ordered;
}

async function refuseNonEmpty(client: pg.Client, schema: string, tables: string[]): Promise<void> {
  for (const table of tables) {
    if ((await countRows(client, schema, table)) > 0) {
      throw new Error(`The PostgreSQL database already holds Steady data (${table} is not empty); copy only into an empty one`);
    }
  }
}

async function copyTable(sqlite: SQLite.Database, client: pg.Client, schema: string, table: string): Promise<number> {
  const columns = (sqlite.prepare('select name from pragma_table_info(?) order by cid').all(table) as { name: string }[]).map(
    (c) => c.name,
  );
  const targetColumns = new Set(
    (
      await client.query<{ column_name: string }>(
        'select column_name from information_schema.columns where table_schema = $1 and table_name = $2',
        [schema, table],
      )
    ).rows.map((r) => r.column_name),
  );
  const missing = columns.filter((c) => !targetColumns.has(c));
  if (targetColumns.size === 0 || missing.length)
    throw new Error(`${table} does not match in PostgreSQL (${missing.join(', ') || 'no table'})`);

  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const list = columns.map(quote).join(', ');
  // rowid order is insertion order, so a row that points at an earlier row of its own table finds it.
  const rows = sqlite
    .prepare(`select ${list} from ${quote(table)} order by rowid`)
    .raw(true)
    .safeIntegers(true);
  let count = 0;
  let pending: unknown[][] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const values = pending.map((_, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(', ')})`).join(', ');
    await client.query(`insert into ${quote(schema)}.${quote(table)} (${list}) values ${values}`, pending.flat());
    count += pending.length;
    pending = [];
  };
  for (const row of rows.iterate() as IterableIterator<unknown[]>) {
    // Integers travel as text: PostgreSQL casts them exactly, where a JS number could round.
    pending.push(row.map((v) => (typeof v === 'bigint' ? v.toString() : v)));
    if (pending.length >= batch) await flush();
  }
  await flush();
  return count;
}

async function countRows(client: pg.Client, schema: string, table: string): Promise<number> {
  const r = await client.query<{ n: string }>(`select count(*) as n from ${quote(schema)}.${quote(table)}`);
  return Number(r.rows[0]!.n);
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
