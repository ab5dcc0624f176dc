import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { UsersRepo } from '../db/users.repo.js';
import { loadConfig } from './config.js';

/** Operators see ids and creation dates only: who someone is stays out of the terminal. */
export async function listUsers(opts: { json?: boolean }): Promise<void> {
  const database = openDatabase({ url: loadConfig().databaseUrl });
  try {
    await migrateToLatest(database);
    const users = await new UsersRepo(database.db).listIdsAndDates();
    if (opts.json) console.log(JSON.stringify(users, null, 2));
    else if (users.length === 0) console.log('No accounts yet.');
    else for (const u of users) console.log(`${u.id}  ${u.createdAt}`);
  } finally {
    await database.close();
  }
}
