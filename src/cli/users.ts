import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { UsersRepo } from '../db/account/users.repo.js';
import { Email } from '../contracts/account/auth.js';
import { resetLink } from '../core/account/password-reset.js';
import { issuePasswordReset } from '../server/auth/reset.js';
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

/**
 * For a server without mail: the admin prints a one-time link and hands it to the person by a
 * way they trust. The link alone goes to stdout (so it can be piped); what to do with it, to stderr.
 */
export async function printResetLink(email: string): Promise<void> {
  const parsed = Email.safeParse(email);
  if (!parsed.success) throw new Error('That does not look like an email address.');
  const config = loadConfig();
  const database = openDatabase({ url: config.databaseUrl });
  try {
    await migrateToLatest(database);
    const user = await new UsersRepo(database.db).findByEmail(parsed.data);
    if (!user) throw new Error('No account uses that email address.');
    const token = await issuePasswordReset(database, user.id, new Date());
    console.log(resetLink(config.publicUrl ?? `http://localhost:${config.port}`, token));
    console.error('This link works once, for one hour, and replaces any earlier one. Give it only to the person whose account it is.');
  } finally {
    await database.close();
  }
}
