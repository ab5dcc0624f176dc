import { buildApp } from '../server/app.js';
import { openDatabase } from '../db/database.js';

/** Prints the OpenAPI document without touching any real database. */
export async function printOpenapi(): Promise<void> {
  const database = openDatabase({ url: ':memory:' });
  const app = await buildApp({ database, logLevel: 'silent', webRoot: '/nonexistent' });
  await app.ready();
  process.stdout.write(JSON.stringify(app.swagger(), null, 2) + '\n');
  await app.close();
  await database.close();
}
