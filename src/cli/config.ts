import { resolve } from 'node:path';
import { parseSecretKey } from '../core/auth/secret-box.js';

export interface RuntimeConfig {
  /** STEADY_TEST_CLOCK=1: the end-to-end journey moves the server's clock (never in production). */
  testClock: boolean;
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: string;
  /** Proxies whose X-Forwarded-* headers are believed (see trustedProxies). */
  trustProxy: string[] | number | false;
  /** The address people reach Steady at, e.g. https://steady.example.org (for links it writes). */
  publicUrl: string | undefined;
  /** STEADY_SECRET_KEY: seals authenticator secrets at rest (core/auth/secret-box.ts). */
  secretKey: Buffer | undefined;
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
    trustProxy: trustedProxies(env.TRUST_PROXY),
    publicUrl: publicUrlOf(env.PUBLIC_URL),
    secretKey: env.STEADY_SECRET_KEY ? parseSecretKey(env.STEADY_SECRET_KEY) : undefined,
  };
}

const LOOPBACK = ['127.0.0.1', '::1'];

/**
 * TRUST_PROXY names the reverse proxies whose forwarded headers Steady believes:
 * - unset, `0` or `false`: none (the connection's own address counts);
 * - `1` or `true`: one proxy on this machine (loopback), the common setup;
 * - a comma-separated list of addresses or CIDR ranges (`10.0.0.5,10.1.0.0/16`);
 * - `hops=N`: the Nth address from the right in X-Forwarded-For, for a chain of N proxies that
 *   each append (only safe when nothing can reach Steady except through them).
 * Trusting every sender would let any client choose the address its limits are counted under.
 */
export function trustedProxies(value: string | undefined): string[] | number | false {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true' || v === 'loopback') return LOOPBACK;
  const hops = /^hops=(\d+)$/.exec(v);
  if (hops) {
    const n = Number(hops[1]);
    if (n < 1 || n > 10) throw new Error('TRUST_PROXY=hops=N needs N from 1 to 10');
    return n;
  }
  const list = v.split(',').map((x) => x.trim());
  if (list.some((x) => !/^[0-9a-f.:]+(\/\d{1,3})?$/.test(x))) {
    throw new Error('TRUST_PROXY must be 1, hops=N, or proxy addresses/CIDR ranges separated by commas');
  }
  return list;
}

function publicUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('PUBLIC_URL must be a full address, like https://steady.example.org');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('PUBLIC_URL must start with https:// or http://');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** For messages: never print a database password. */
export function describeDatabase(url: string): string {
  return /^postgres/.test(url) ? url.replace(/\/\/[^@/]*@/, '//***@') : url;
}
