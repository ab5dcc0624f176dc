import { resolve } from 'node:path';
import { parseSecretKey } from '../core/account/secret-box.js';

export interface RuntimeConfig {
  /** STEADY_TEST_CLOCK=1: the end-to-end journey moves the server's clock (never in production). */
  testClock: boolean;
  databaseUrl: string;
  /** Steady's own data folder, when the database lives in it (DATABASE_URL unset). */
  dataDir: string | undefined;
  port: number;
  host: string;
  logLevel: string;
  /** Proxies whose X-Forwarded-* headers are believed (see trustedProxies). */
  trustProxy: string[] | number | false;
  /** The address people reach Steady at, e.g. https://steady.example.org (for links it writes). */
  publicUrl: string | undefined;
  /** SMTP_URL and MAIL_FROM: password reset mail (off when SMTP_URL is unset). */
  mail: { smtpUrl: string; from: string | undefined } | undefined;
  /** SIGNUP_LIMIT: sign-ups allowed per client address per hour (default 5). */
  signupLimit: number | undefined;
  /** QUICK_EXIT_URL: where the quick exit goes instead of the plain page on this server. */
  quickExitUrl: string | undefined;
  /** STEADY_SECRET_KEY: seals authenticator secrets at rest (core/auth/secret-box.ts). */
  secretKey: Buffer | undefined;
  /**
   * Push to endpoints on this machine or a private network (a test push service on 127.0.0.1):
   * on under STEADY_TEST_CLOCK=1 or PUSH_ALLOW_LOCAL=1, refused in production, because a push
   * endpoint is an address the server fetches and must not be pointed at its own neighbours.
   */
  pushAllowLocal: boolean;
  /** NOTIFY_TICK_MS: how often the scheduler looks for due notifications (default 5 s). */
  notifyTickMs: number;
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
  const pushAllowLocal = testClock || env.PUSH_ALLOW_LOCAL === '1';
  if (env.PUSH_ALLOW_LOCAL === '1' && env.NODE_ENV === 'production') {
    throw new Error('PUSH_ALLOW_LOCAL is for tests only and is refused when NODE_ENV=production');
  }
  const notifyTickMs = Number(env.NOTIFY_TICK_MS ?? 5000);
  if (!Number.isInteger(notifyTickMs) || notifyTickMs < 50)
    throw new Error('NOTIFY_TICK_MS must be a whole number of milliseconds, 50 or more');
  return {
    testClock,
    databaseUrl: env.DATABASE_URL || resolve(dataDir, 'steady.db'),
    dataDir: env.DATABASE_URL ? undefined : dataDir,
    port,
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: trustedProxies(env.TRUST_PROXY),
    publicUrl: publicUrlOf(env.PUBLIC_URL),
    mail: mailOf(env),
    signupLimit: signupLimitOf(env.SIGNUP_LIMIT),
    quickExitUrl: quickExitUrlOf(env.QUICK_EXIT_URL),
    secretKey: env.STEADY_SECRET_KEY ? parseSecretKey(env.STEADY_SECRET_KEY) : undefined,
    pushAllowLocal,
    notifyTickMs,
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

function signupLimitOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error('SIGNUP_LIMIT must be a whole number from 1 to 100000');
  return n;
}

function publicUrlOf(value: string | undefined): string | undefined {
  const url = httpUrlOf('PUBLIC_URL', value, 'https://steady.example.org');
  return url && url.origin + url.pathname.replace(/\/+$/, '');
}

/** A full http(s) address from the environment, or a message naming the variable. */
function httpUrlOf(name: string, value: string | undefined, example: string): URL | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`${name} must be a full address, like ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must start with https:// or http://`);
  return url;
}

/**
 * An admin may send the quick exit to a page that fits the people they serve (a local weather
 * page, a news site). Only a full http(s) address: anything else (javascript:, data:) would run
 * or show something on Steady's own origin.
 */
function quickExitUrlOf(value: string | undefined): string | undefined {
  return httpUrlOf('QUICK_EXIT_URL', value, 'https://www.example.org/weather')?.href;
}

/**
 * Reset links in mail must point at this server whatever a request's Host header says, so mail
 * needs PUBLIC_URL. The URL itself is read by nodemailer (smtp:// or smtps://, user and password
 * in it, options as query parameters).
 */
function mailOf(env: NodeJS.ProcessEnv): RuntimeConfig['mail'] {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\/[^/]/.test(smtpUrl))
    throw new Error('SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…:465');
  if (!env.PUBLIC_URL) throw new Error('SMTP_URL needs PUBLIC_URL too, so the links in reset mail point at this server');
  return { smtpUrl, from: env.MAIL_FROM?.trim() || undefined };
}

/** For messages: never print a database password. */
export function describeDatabase(url: string): string {
  return /^postgres/.test(url) ? url.replace(/\/\/[^@/]*@/, '//***@') : url;
}
