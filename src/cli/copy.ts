import { copySqliteToPostgres } from '../db/copy.js';
import { isPostgres } from './backup.js';
import { describeDatabase, loadConfig } from './config.js';

/** `steady copy --to postgres://…`: the SQLite install in DATA_DIR, moved whole into PostgreSQL. */
export async function copy(opts: { to: string }): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (isPostgres(databaseUrl))
    throw new Error('steady copy reads the SQLite database in DATA_DIR: unset DATABASE_URL and give the target with --to');
  if (!isPostgres(opts.to)) throw new Error('--to needs a PostgreSQL address, like postgres://user@host:5432/steady');
  console.log(`Copying ${databaseUrl} to ${describeDatabase(opts.to)} …`);
  const counts = await copySqliteToPostgres(databaseUrl, opts.to);
  const width = Math.max(...counts.map((c) => c.table.length));
  for (const c of counts) console.log(`  ${c.table.padEnd(width)}  ${c.rows}`);
  const total = counts.reduce((n, c) => n + c.rows, 0);
  console.log(`Copied ${total} rows in ${counts.length} tables; every table has the same number of rows on both sides.`);
  console.log(`Start Steady with DATABASE_URL set to the PostgreSQL address. The SQLite file is left as it was.`);
}
