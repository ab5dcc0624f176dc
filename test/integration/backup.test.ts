import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { freshSchema, serveProcess } from '../support/processes.js';
import { newEmail, sessionOver, steady } from '../support/moving.js';

const sh = promisify(execFile);
const sqliteEnv = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

function journalIds(file: string, userId: string): Set<string> {
  const db = new SQLite(file, { readonly: true });
  try {
    return new Set((db.prepare('select id from journal_entries where user_id = ?').all(userId) as { id: string }[]).map((r) => r.id));
  } finally {
    db.close();
  }
}

describe('steady backup and restore on SQLite', () => {
  it('a backup taken during a write storm restores with every row acknowledged before it began', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-backup-'));
    const server = await serveProcess(sqliteEnv(dataDir));
    const email = newEmail();
    const robin = await sessionOver(server.origin, email, 'signup');
    const acknowledged: string[] = [];
    let storming = true;
    let failures = 0;
    const worker = async (w: number) => {
      for (let i = 0; storming; i++) {
        const res = await robin.call('POST', '/api/v1/journal', { text: `storm ${w}-${i}` });
        if (res.status === 201) acknowledged.push(res.body.entry.id);
        else failures++;
      }
    };
    const storm = Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    let before: string[] = [];
    let taken: Awaited<ReturnType<typeof steady>>;
    try {
      while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 20));
      before = [...acknowledged];
      taken = await steady(['backup'], sqliteEnv(dataDir));
      // More writes after the copy, so it is plainly a snapshot and not the final state.
      const after = acknowledged.length;
      while (acknowledged.length < after + 100) await new Promise((r) => setTimeout(r, 20));
    } finally {
      storming = false;
      await storm;
    }
    expect(failures).toBe(0);
    expect(taken.code, taken.stderr).toBe(0);
    const written = readdirSync(join(dataDir, 'backups'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^steady-\d{8}T\d{6}Z\.db$/);
    const file = join(dataDir, 'backups', written[0]!);
    expect(taken.stdout).toContain(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'backups')).mode & 0o777).toBe(0o700);

    const copied = journalIds(file, robin.id);
    expect(before.filter((id) => !copied.has(id))).toEqual([]);
    const all = new Set(acknowledged);
    expect([...copied].filter((id) => !all.has(id))).toEqual([]);
    expect(copied.size).toBeLessThan(all.size);

    // While the server has the database open, a restore is refused and changes nothing.
    const refused = await steady(['restore', file], sqliteEnv(dataDir));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/in use/);
    expect((await robin.call('POST', '/api/v1/journal', { text: 'still here' })).status).toBe(201);
    await server.stop();
    expect(journalIds(join(dataDir, 'steady.db'), robin.id).size).toBe(acknowledged.length + 1);

    // The drill from the README: restore into a scratch folder, start Steady on it, sign in, look.
    const scratch = mkdtempSync(join(tmpdir(), 'steady-drill-'));
    const restored = await steady(['restore', file], sqliteEnv(scratch));
    expect(restored.code, restored.stderr).toBe(0);
    expect(statSync(join(scratch, 'steady.db')).mode & 0o777).toBe(0o600);
    const drill = await serveProcess(sqliteEnv(scratch));
    try {
      const back = await sessionOver(drill.origin, email, 'login');
      const exported = await back.call('GET', '/api/v1/me/export');
      expect(exported.status).toBe(200);
      expect(new Set(exported.body.journal.map((e: { id: string }) => e.id))).toEqual(copied);
    } finally {
      await drill.stop();
    }

    // Restoring over the stopped install keeps the database it replaces.
    const over = await steady(['restore', file], sqliteEnv(dataDir));
    expect(over.code, over.stderr).toBe(0);
    const aside = readdirSync(dataDir).find((f) => /^steady\.db\.before-restore-\d{8}T\d{6}Z$/.test(f));
    expect(aside).toBeDefined();
    expect(journalIds(join(dataDir, aside!), robin.id).size).toBe(acknowledged.length + 1);
    expect(journalIds(join(dataDir, 'steady.db'), robin.id)).toEqual(copied);
  }, 120_000);

  it('refuses a file that is damaged, not Steady, or from a newer Steady', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-refuse-'));
    expect((await steady(['migrate'], sqliteEnv(dataDir))).code).toBe(0);
    const good = join(dataDir, 'good.db');
    expect((await steady(['backup', good], sqliteEnv(dataDir))).code).toBe(0);

    const text = join(dataDir, 'notes.txt');
    writeFileSync(text, 'just some words\n'.repeat(100));
    const other = join(dataDir, 'other.db');
    const o = new SQLite(other);
    o.exec('create table things (a text)');
    o.close();
    const newer = join(dataDir, 'newer.db');
    copyFileSync(good, newer);
    const n = new SQLite(newer);
    n.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '2099-01-01T0000-from-the-future',
      new Date().toISOString(),
    );
    n.close();
    const damaged = join(dataDir, 'damaged.db');
    const bytes = readFileSync(good);
    for (let i = 8192; i < bytes.length; i += 4096) bytes.fill(0xa5, i + 100, i + 400);
    writeFileSync(damaged, bytes);

    for (const [file, message] of [
      [text, /not a SQLite database/],
      [other, /not a Steady database/],
      [newer, /newer Steady/],
      [damaged, /integrity check|not a SQLite database|malformed/],
      [join(dataDir, 'missing.db'), /no file/],
    ] as const) {
      const res = await steady(['restore', file], sqliteEnv(dataDir));
      expect(res.code, file).not.toBe(0);
      expect(res.stderr, file).toMatch(message);
    }
    expect(existsSync(join(dataDir, 'steady.db'))).toBe(true);
    expect(readdirSync(dataDir).some((f) => f.includes('before-restore'))).toBe(false);
  }, 60_000);
});

describe.runIf(dialects().includes('postgres'))('steady backup and restore on PostgreSQL', () => {
  it('prints pg_dump and pg_restore commands that work for the schema Steady uses', async () => {
    const target = await freshSchema(process.env.TEST_DATABASE_URL!);
    try {
      const env = { DATABASE_URL: target.url };
      expect((await steady(['migrate'], env)).code).toBe(0);
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query(`insert into users (id, email, password_hash, display_name, time_zone, region, created_at, updated_at)
          values ('u1', 'dump@example.org', 'h', 'Dee', 'UTC', 'GB', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')`);
      const before = Number((await client.query('select count(*) as n from users')).rows[0].n);
      const dir = mkdtempSync(join(tmpdir(), 'steady-pgdump-'));
      const file = join(dir, 'steady.dump');
      const printed = await steady(['backup', file], env);
      expect(printed.code).toBe(0);
      const dump = /^\s+(pg_dump .*)$/m.exec(printed.stdout)?.[1];
      expect(dump).toContain('--format=custom');
      expect(dump).toContain('--no-owner');
      expect(dump).toContain(`--schema=${target.schema}`);
      expect(printed.stdout).not.toMatch(/postgres:\/\//);
      await sh('sh', ['-c', dump!], { env: { ...process.env, DATABASE_URL: target.url } });
      expect(statSync(file).size).toBeGreaterThan(0);

      await client.query('delete from users');
      const restore = /^\s+(pg_restore .*)$/m.exec((await steady(['restore', file], env)).stdout)?.[1];
      expect(restore).toContain(`--schema=${target.schema}`);
      await sh('sh', ['-c', restore!], { env: { ...process.env, DATABASE_URL: target.url } });
      expect(Number((await client.query('select count(*) as n from users')).rows[0].n)).toBe(before);
      expect(Number((await client.query('select count(*) as n from kysely_migration')).rows[0].n)).toBeGreaterThan(0);
    } finally {
      await target.drop();
    }
  }, 60_000);
});
