import { resolve } from 'node:path';

export interface RuntimeConfig {
  /** STEADY_TEST_CLOCK=1: the end-to-end journey moves the server's clock (never in production). */
  testClock: boolean;
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: string;
  trustProxy: boolean;
}

/** DATABASE_URL wins; otherwise a SQLite file in DATA_DIR (default ./data). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a whole number from 0 to 65535');
  const testClock = env.STEADY_TEST_CLOCK === '1';
  if (testClock && env.NODE_ENV === 'production') {
    throw new Error('STEADY_TEST_CLOCK is for end-to-end tests only and is refused when NODE_ENV=production');
  }
  return {
    testClock,
    databaseUrl: env.DATABASE_URL || resolve(dataDir, 'steady.db'),
    port,
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

/** For messages: never print a database password. */
export function describeDatabase(url: string): string {
  return /^postgres/.test(url) ? url.replace(/\/\/[^@/]*@/, '//***@') : url;
}
