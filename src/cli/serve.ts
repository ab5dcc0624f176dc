import { buildApp } from '../server/app.js';
import { TestClock } from '../server/test-clock.js';
import { makeDataDirPrivate, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { describeDatabase, loadConfig } from './config.js';

export async function serve(): Promise<void> {
  const config = loadConfig();
  if (config.dataDir) makeDataDirPrivate(config.dataDir);
  const database = openDatabase({ url: config.databaseUrl });
  await migrateToLatest(database);
  const testClock = config.testClock ? new TestClock() : null;
  const app = await buildApp({
    database,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    ...(config.mail ? { mail: config.mail } : {}),
    ...(config.signupLimit !== undefined && { signupLimit: config.signupLimit }),
    ...(config.quickExitUrl ? { quickExitUrl: config.quickExitUrl } : {}),
    ...(config.secretKey ? { secretKey: config.secretKey } : {}),
    ...(testClock ? { testClock, clock: testClock.now } : {}),
    pushAllowLocal: config.pushAllowLocal,
    notifyTickMs: config.notifyTickMs,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Steady is running at http://localhost:${port} (${database.kind}: ${describeDatabase(config.databaseUrl)})`);

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
