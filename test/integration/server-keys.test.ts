import { createECDH } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DbKind } from '../../src/db/database.js';
import { loadVapidKeys } from '../../src/db/notifications/server-keys.repo.js';
import { dialects, freshDatabase, migrateAgain } from '../support/dialects.js';

/** Two connections to one migrated database, as two app servers would have: a SQLite file, or one PostgreSQL schema. */
async function twoServers(kind: DbKind): Promise<{ first: Database; second: Database; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'steady-keys-'));
    const first = openDatabase({ url: join(dir, 'steady.db') });
    await migrateAgain(first);
    const second = openDatabase({ url: join(dir, 'steady.db') });
    return {
      first,
      second,
      dispose: async () => {
        await second.close();
        await first.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const first = await freshDatabase('postgres');
  const second = openDatabase({ url: process.env.TEST_DATABASE_URL!, schema: first.schema!, poolSize: 2 });
  return {
    first,
    second,
    dispose: async () => {
      await second.close();
      await first.dispose();
    },
  };
}

/** The key pair works: the public key is the one the private key makes. */
function expectKeyPair(keys: { publicKey: string; privateKey: string }): void {
  expect(Buffer.from(keys.privateKey, 'base64url')).toHaveLength(32);
  expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.from(keys.privateKey, 'base64url'));
  expect(ecdh.getPublicKey().toString('base64url')).toBe(keys.publicKey);
}

describe.each(dialects())('the VAPID keys on %s', (kind) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it('are made once, kept, and the same from another server on the same database', async () => {
    const servers = await twoServers(kind);
    dispose = servers.dispose;
    const made = await loadVapidKeys(servers.first.db);
    expectKeyPair(made);
    expect(await loadVapidKeys(servers.first.db)).toEqual(made);
    expect(await loadVapidKeys(servers.second.db)).toEqual(made);
    const rows = await servers.second.db.selectFrom('server_keys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe('vapid');
  });

  it('come out the same when two servers start at once on an empty database', async () => {
    const servers = await twoServers(kind);
    dispose = servers.dispose;
    // Connections open first, so the calls meet at the table rather than one finishing while another connects.
    await Promise.all([servers.first, servers.second].map((s) => sql`select 1`.execute(s.db)));
    const calls = Array.from({ length: 6 }, (_, i) => loadVapidKeys((i % 2 ? servers.second : servers.first).db));
    const answers = await Promise.all(calls);
    expectKeyPair(answers[0]!);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(await servers.first.db.selectFrom('server_keys').selectAll().execute()).toHaveLength(1);
  });

  it('are never replaced when what is stored is not a key pair', async () => {
    const servers = await twoServers(kind);
    dispose = servers.dispose;
    await servers.first.db
      .insertInto('server_keys')
      .values({ name: 'vapid', value: '{"publicKey":1}', created_at: new Date().toISOString() })
      .execute();
    await expect(loadVapidKeys(servers.second.db)).rejects.toThrow(/not a key pair/);
    expect((await servers.first.db.selectFrom('server_keys').select('value').executeTakeFirstOrThrow()).value).toBe('{"publicKey":1}');
  });
});
