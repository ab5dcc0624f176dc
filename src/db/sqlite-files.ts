import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, chmodSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { migrations } from './migrations/index.js';

/**
 * Whole-file operations on a SQLite database: the backup, its check and the restore. They open
 * better-sqlite3 directly rather than through openDatabase, which would migrate and tune a file
 * that these only copy or inspect.
 */

/**
 * An online, consistent copy while the server keeps writing. `VACUUM INTO` reads inside one WAL
 * snapshot, so the copy holds exactly the commits made before it began and writers are never
 * blocked; copying the file itself loses commits still in the WAL (177 of 2,268 were lost that way).
 * The copy also leaves out free pages, so words already deleted are not carried into it.
 * The target is made empty with mode 0600 first (VACUUM INTO accepts an empty file), so the copy
 * is never readable by other local users, not even for a moment.
 */
export function backupSqlite(source: string, target: string): void {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}`);
  closeSync(openSync(target, 'wx', 0o600));
  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } catch (err) {
    rmSync(target, { force: true });
    throw err;
  } finally {
    db.close();
  }
  chmodSync(target, 0o600);
  fsyncFile(target);
}

export interface BackupCheck {
  /** The last migration the backup has applied. */
  version: string;
  /** Migrations this Steady knows that the backup lacks; applied when the server next starts. */
  pending: number;
  accounts: number;
}

/**
 * Refuses anything that is not a sound Steady database this version can run: a damaged file, some
 * other SQLite database, or one written by a newer Steady (a migration this version does not know).
 */
export function checkSqliteBackup(file: string): BackupCheck {
  if (!existsSync(file)) throw new Error(`There is no file at ${file}`);
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new Error(`${file} is not a SQLite database`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch {
      throw new Error(`${file} is not a SQLite database`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new Error(`${file} failed the integrity check: ${problems.slice(0, 3).join('; ')}`);
    }
    const tables = new Set(
      (db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((t) => t.name),
    );
    if (!tables.has('kysely_migration') || !tables.has('users')) throw new Error(`${file} is not a Steady database`);
    const applied = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    const known = Object.keys(migrations).sort();
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length) throw new Error(`${file} comes from a newer Steady (it has ${unknown[0]}); upgrade Steady first`);
    if (applied[0] !== known[0]) throw new Error(`${file} is not a Steady database`);
    const accounts = (db.prepare('select count(*) as n from users').get() as { n: number }).n;
    return { version: applied.at(-1)!, pending: known.length - applied.length, accounts };
  } finally {
    db.close();
  }
}

/**
 * True when another connection (a running server) has the database open. A WAL connection holds
 * a shared lock in the -shm file for as long as it is open, so asking for exclusive locking fails
 * at once while any server uses the file, and succeeds once every one has closed it.
 */
export function holdExclusively(file: string): { release(): void } | undefined {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch {
    db.close();
    return undefined;
  }
  return {
    release: () => {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/**
 * Puts a checked backup in place of `target`. The current database (with its -wal and -shm, which
 * may hold its last commits) is moved aside to `aside` rather than deleted, so a restore is never
 * the moment data is lost. The backup is copied next to the target first and renamed over it, so
 * the target is always either the old database or the whole backup.
 */
export function restoreSqlite(backup: string, target: string, aside: string): { movedAside: boolean } {
  const lock = existsSync(target) ? holdExclusively(target) : undefined;
  if (existsSync(target) && !lock) throw new InUseError(target);
  const incoming = `${target}.restoring`;
  try {
    rmSync(incoming, { force: true });
    copyFileSync(backup, incoming);
    chmodSync(incoming, 0o600);
    fsyncFile(incoming);
    let movedAside = false;
    if (existsSync(target)) {
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
      }
      movedAside = true;
    }
    renameSync(incoming, target);
    fsyncFile(dirname(target));
    return { movedAside };
  } finally {
    lock?.release();
    rmSync(incoming, { force: true });
  }
}

export class InUseError extends Error {
  constructor(file: string) {
    super(`${file} is in use: stop the Steady server that uses it, then restore again`);
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
