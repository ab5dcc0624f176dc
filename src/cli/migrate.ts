import { makeDataDirPrivate, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { describeDatabase, loadConfig } from './config.js';

export async function migrate(): Promise<void> {
  const config = loadConfig();
  if (config.dataDir) makeDataDirPrivate(config.dataDir);
  const database = openDatabase({ url: config.databaseUrl });
  try {
    const result = await migrateToLatest(database);
    const applied = result.results ?? [];
    console.log(
      applied.length
        ? applied.map((r) => `${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`).join('\n')
        : 'Already up to date.',
    );
    console.log(`Database: ${describeDatabase(config.databaseUrl)}`);
  } finally {
    await database.close();
  }
}
