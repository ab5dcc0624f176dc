import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openDatabase } from '../db/database.js';
import { currentSchema } from '../db/migrate.js';
import { backupSqlite } from '../db/sqlite-files.js';
import { loadConfig } from './config.js';

/** 2026-12-03T19:15:02.123Z → 20261203T191502Z: sorts by time and is safe in every file system. */
export function stamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `steady backup [FILE]`: a consistent copy of a running SQLite install, or the pg_dump to run. */
export async function backup(file: string | undefined): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (isPostgres(databaseUrl)) {
    await printPgDump(databaseUrl, file);
    return;
  }
  const target = file ? resolve(file) : join(dirname(databaseUrl), 'backups', `steady-${stamp()}.db`);
  // The folder that collects every backup is the owner's alone, like the data folder.
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  backupSqlite(databaseUrl, target);
  console.log(`Backup written to ${target}`);
  console.log(`Restore it with: steady restore ${target}`);
}

/**
 * PostgreSQL has its own, better tool for this; Steady names the exact command rather than
 * wrapping it. --schema keeps the dump to Steady's tables (Kysely's migration table lives in the
 * same schema); the password stays in DATABASE_URL, never on the screen.
 */
async function printPgDump(databaseUrl: string, file: string | undefined): Promise<void> {
  const schema = await schemaOf(databaseUrl);
  const out = file ?? `steady-${stamp()}.dump`;
  console.log('Steady is on PostgreSQL: take the backup with pg_dump (it is consistent while Steady runs):');
  console.log('');
  console.log(`  pg_dump --format=custom --no-owner --schema=${schema} --file=${shellQuote(out)} --dbname="$DATABASE_URL"`);
  console.log('');
  console.log(`Restore it later with: steady restore ${shellQuote(out)}`);
}

export async function schemaOf(databaseUrl: string): Promise<string> {
  const database = openDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    return await currentSchema(database);
  } finally {
    await database.close();
  }
}

export function shellQuote(s: string): string {
  return /^[\w./:=@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
