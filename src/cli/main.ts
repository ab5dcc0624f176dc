import { Command } from 'commander';
import { version } from '../server/version.js';

const program = new Command()
  .name('steady')
  .description('Steady: structure instead of surveillance for anxious relationship cycles.')
  .version(version);

program
  .command('start')
  .description('Build the web app if needed, apply migrations, and serve (what `npm start` runs)')
  .action(async () => (await import('./start.js')).start());

program
  .command('serve')
  .description('Apply migrations and serve the API and web app (PORT, DATA_DIR, DATABASE_URL)')
  .action(async () => (await import('./serve.js')).serve());

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => (await import('./migrate.js')).migrate());

program
  .command('openapi')
  .description('Print the OpenAPI 3.1 document')
  .action(async () => (await import('./openapi.js')).printOpenapi());

program
  .command('backup')
  .description(
    'SQLite: write a consistent copy while Steady runs (default: backups/ in the data folder). PostgreSQL: print the pg_dump command',
  )
  .argument('[file]', 'where to write the backup')
  .action(async (file?: string) => (await import('./backup.js')).backup(file));

program
  .command('restore')
  .description(
    'SQLite: check a backup and put it in place (Steady must be stopped; the old database is kept aside). PostgreSQL: print the pg_restore command',
  )
  .argument('<file>', 'the backup to restore')
  .action(async (file: string) => (await import('./restore.js')).restore(file));

program
  .command('copy')
  .description('Move the SQLite install in DATA_DIR into an empty PostgreSQL database (Steady must be stopped); row counts are checked')
  .requiredOption('--to <url>', 'the PostgreSQL database, postgres://…')
  .action(async (opts: { to: string }) => (await import('./copy.js')).copy(opts));

const user = program.command('user').description('Operator commands for accounts (no personal details are shown)');
user
  .command('list')
  .description('List account ids and creation dates')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => (await import('./users.js')).listUsers(opts));

user
  .command('reset-link')
  .description('Print a one-time link (one hour) for the account with this email to choose a new password; its data is kept')
  .argument('<email>', 'the email address of the account')
  .action(async (email: string) => (await import('./users.js')).printResetLink(email));

program.parseAsync().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
