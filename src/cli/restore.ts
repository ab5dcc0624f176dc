import { resolve } from 'node:path';
import { checkSqliteBackup, restoreSqlite } from '../db/sqlite-files.js';
import { isPostgres, schemaOf, shellQuote, stamp } from './backup.js';
import { loadConfig } from './config.js';

/**
 * `steady restore FILE`: checks the backup, refuses while a server has the database open, moves
 * the current database aside (never deletes it) and puts the backup in its place.
 */
export async function restore(file: string): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (isPostgres(databaseUrl)) {
    const schema = await schemaOf(databaseUrl);
    console.log('Steady is on PostgreSQL: stop Steady, then restore with pg_restore:');
    console.log('');
    console.log(
      `  pg_restore --no-owner --clean --if-exists --single-transaction --schema=${schema} --dbname="$DATABASE_URL" ${shellQuote(file)}`,
    );
    console.log('');
    console.log('Then start Steady again; it applies any newer migrations itself.');
    return;
  }
  const backup = resolve(file);
  const check = checkSqliteBackup(backup);
  const aside = `${databaseUrl}.before-restore-${stamp()}`;
  const { movedAside } = restoreSqlite(backup, databaseUrl, aside);
  console.log(`Restored ${backup} (${check.accounts} account${check.accounts === 1 ? '' : 's'}, version ${check.version}).`);
  if (movedAside) console.log(`The database it replaced is kept at ${aside}`);
  if (check.pending)
    console.log(`Steady will bring it up to date (${check.pending} migration${check.pending === 1 ? '' : 's'}) when it starts.`);
}
