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
import { UsersRepo } from '../../src/db/users.repo.js';

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

  it('explains every command with --help', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['migrate', '--help'], ['user', 'list', '--help'], ['start', '--help']]) {
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
