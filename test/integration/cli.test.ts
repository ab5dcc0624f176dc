import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { buildApp } from '../../src/server/app.js';

const run = promisify(execFile);
const bin = new URL('../../bin/steady.mjs', import.meta.url).pathname;

describe('steady CLI', () => {
  it('migrates, and lists users by id and creation date only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-cli-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const migrated = await run('node', [bin, 'migrate'], { env });
    expect(migrated.stdout).toContain('applied: 2026-11-21T0900-foundation');
    expect((await run('node', [bin, 'migrate'], { env })).stdout).toContain('Already up to date');

    const database = openDatabase({ url: join(dataDir, 'steady.db') });
    await migrateToLatest(database);
    await new UsersRepo(database.db).insert(
      {
        id: 'b6c1e7b2-95a3-4a52-9d63-0b1c7d6f0e11',
        email: 'private@example.org',
        passwordHash: 'h',
        displayName: 'Private Name',
        timeZone: 'UTC',
        region: 'GB',
      },
      '2026-11-21T10:00:00.000Z',
    );
    await database.close();

    const list = await run('node', [bin, 'user', 'list'], { env });
    expect(list.stdout.trim()).toBe('b6c1e7b2-95a3-4a52-9d63-0b1c7d6f0e11  2026-11-21T10:00:00.000Z');
    const json = JSON.parse((await run('node', [bin, 'user', 'list', '--json'], { env })).stdout);
    expect(json).toEqual([{ id: 'b6c1e7b2-95a3-4a52-9d63-0b1c7d6f0e11', createdAt: '2026-11-21T10:00:00.000Z' }]);
    expect(list.stdout + JSON.stringify(json)).not.toMatch(/private|Private Name/);
  });

  it('prints a one-time reset link for an email, and the newest one sets a new password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-reset-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: 'https://steady.example.org/' };
    await run('node', [bin, 'migrate'], { env });
    const database = openDatabase({ url: join(dataDir, 'steady.db') });
    await migrateToLatest(database);
    await new UsersRepo(database.db).insert(
      {
        id: 'c1d2e3f4-95a3-4a52-9d63-0b1c7d6f0e11',
        email: 'forgot@example.org',
        passwordHash: 'h',
        displayName: 'F',
        timeZone: 'UTC',
        region: 'GB',
      },
      '2026-11-21T10:00:00.000Z',
    );
    await database.close();

    const first = await run('node', [bin, 'user', 'reset-link', 'Forgot@Example.org'], { env });
    const link = first.stdout.trim();
    expect(link).toMatch(/^https:\/\/steady\.example\.org\/reset#token=[A-Za-z0-9_-]{43}$/);
    expect(first.stderr).toMatch(/once, for one hour/);
    const second = (await run('node', [bin, 'user', 'reset-link', 'forgot@example.org'], { env })).stdout.trim();
    // Without PUBLIC_URL, the link points at this machine's port.
    const local = await run('node', [bin, 'user', 'reset-link', 'forgot@example.org'], { env: { ...env, PUBLIC_URL: '', PORT: '4321' } });
    expect(local.stdout.trim()).toMatch(/^http:\/\/localhost:4321\/reset#token=/);
    await expect(run('node', [bin, 'user', 'reset-link', 'nobody@example.org'], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/No account uses that email/),
    });

    const reopened = openDatabase({ url: join(dataDir, 'steady.db') });
    try {
      const app = await buildApp({ database: reopened, logLevel: 'silent', webRoot: '/nonexistent' });
      const reset = (l: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset/complete',
          payload: { token: l.split('#token=')[1], newPassword: 'a new long passphrase' },
        });
      // Each link replaces the one before.
      expect((await reset(link)).statusCode).toBe(400);
      expect((await reset(second)).statusCode).toBe(400);
      expect((await reset(local.stdout.trim())).statusCode).toBe(200);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: 'forgot@example.org', password: 'a new long passphrase' },
          })
        ).statusCode,
      ).toBe(200);
      await app.close();
    } finally {
      await reopened.close();
    }
  });

  it('explains every command with --help', async () => {
    for (const args of [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['user', 'list', '--help'],
      ['user', 'reset-link', '--help'],
      ['start', '--help'],
    ]) {
      const { stdout } = await run('node', [bin, ...args]);
      expect(stdout, args.join(' ')).toMatch(/Usage: steady/);
    }
  });

  it('serves on PORT with SQLite in DATA_DIR and reports health', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-serve-'));
    expect(await serveAndCheckHealth({ DATA_DIR: dataDir, DATABASE_URL: '' })).toBe('sqlite');
    expect(existsSync(join(dataDir, 'steady.db'))).toBe(true);
  });

  it.runIf(dialects().includes('postgres'))('serves on PostgreSQL when DATABASE_URL says so', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `cli_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const pinned = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      expect(await serveAndCheckHealth({ DATABASE_URL: pinned })).toBe('postgres');
      const tables = await admin.query(`select table_name from information_schema.tables where table_schema = $1`, [schema]);
      expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toContain('journal_entries');
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
}, 60_000);

async function serveAndCheckHealth(extraEnv: Record<string, string>): Promise<string> {
  const { spawn } = await import('node:child_process');
  const child = spawn('node', [bin, 'serve'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/localhost:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`server exited: ${out}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { database: string };
    return health.database;
  } finally {
    child.kill('SIGTERM');
  }
}
