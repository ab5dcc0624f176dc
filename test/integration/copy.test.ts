import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { linkedPair } from '../support/pair.js';
import { dialects } from '../support/dialects.js';
import { freshSchema } from '../support/processes.js';
import { harnessOn, sameSessionOn, smokeReads, walk } from '../support/app-on.js';
import { seedEveryFeature } from '../support/every-feature.js';
import { steady } from '../support/moving.js';

const openapi = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));

function sqliteCounts(file: string): Record<string, number> {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`)
      .all() as {
      name: string;
    }[];
    return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

describe.runIf(dialects().includes('postgres'))('steady copy --to postgres://…', () => {
  it('moves a SQLite install with data from every feature, and the app on the copy answers every read the same', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'steady-copy-'));
    const file = join(dataDir, 'steady.db');
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const source = await harnessOn(openDatabase({ url: file }));
    const { a, b } = await linkedPair(source);
    await seedEveryFeature(source, a, b, 'MOVING');
    const reads = smokeReads(openapi);
    expect(reads.length).toBeGreaterThan(40);
    const before = { a: await walk(a, reads), b: await walk(b, reads) };
    for (const [path, r] of Object.entries(before.a)) expect(r.status, path).toBe(200);

    const target = await freshSchema(process.env.TEST_DATABASE_URL!);
    try {
      // While a server has the SQLite file open, nothing is copied.
      const busy = await steady(['copy', '--to', target.url], env);
      expect(busy.code).not.toBe(0);
      expect(busy.stderr).toMatch(/in use/);
      const now = source.clock.now;
      await source.close();

      const counts = sqliteCounts(file);
      const copied = await steady(['copy', '--to', target.url], env);
      expect(copied.code, copied.stderr).toBe(0);
      for (const [table, n] of Object.entries(counts)) expect(copied.stdout, table).toMatch(new RegExp(`^\\s+${table}\\s+${n}$`, 'm'));
      expect(copied.stdout).not.toContain('MOVING');
      const seeded = Object.entries(counts).filter(([, n]) => n > 0).length;
      expect(seeded).toBeGreaterThan(30);

      const moved = await harnessOn(openDatabase({ url: process.env.TEST_DATABASE_URL!, schema: target.schema }), now);
      try {
        const after = { a: await walk(sameSessionOn(moved.app, a), reads), b: await walk(sameSessionOn(moved.app, b), reads) };
        for (const path of reads) {
          expect(after.a[path], path).toEqual(before.a[path]);
          expect(after.b[path], path).toEqual(before.b[path]);
        }
        // The copy is a whole, working install: it takes new writes.
        expect((await sameSessionOn(moved.app, a).request('POST', '/api/v1/journal', { text: 'on the new server' })).status).toBe(201);
      } finally {
        await moved.close();
      }

      const again = await steady(['copy', '--to', target.url], env);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/already holds Steady data/);
    } finally {
      await target.drop();
    }
  }, 120_000);
});
