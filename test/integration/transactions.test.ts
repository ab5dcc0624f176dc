import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromSession, type Actor } from '../../src/core/auth/actor.js';
import { JournalRepo } from '../../src/db/journal.repo.js';
import { UsersRepo } from '../../src/db/users.repo.js';
import { dialects, freshDatabase, type TestDatabase } from '../support/dialects.js';

const NOW = '2026-11-21T10:00:00.000Z';
const entry = (text: string) => ({ id: randomUUID(), text, mood: null, tags: ['t'], prompt: null, createdAt: NOW, updatedAt: NOW });

describe.each(dialects())('transactions on %s', (kind) => {
  let database: TestDatabase;
  let actor: Actor;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    const u = await new UsersRepo(database.db).insert(
      { id: randomUUID(), email: 'tx@example.org', passwordHash: 'h', displayName: 'T', timeZone: 'UTC', region: 'GB' },
      NOW,
    );
    actor = actorFromSession({ userId: u.id, id: randomUUID() });
  });
  afterAll(async () => database.dispose());

  it('commits concurrent writes independently: one failure rolls back only its own writes', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        database.transaction(async (trx) => {
          const repo = new JournalRepo(trx);
          await repo.insert(actor, entry(`write ${i}`));
          // Every fifth write fails after writing: none of its rows may survive.
          if (i % 5 === 0) throw new Error(`planned failure ${i}`);
          await repo.insert(actor, entry(`second write ${i}`));
          return i;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual(
      Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 5 !== 0),
    );
    const texts = (await new JournalRepo(database.db).all(actor)).map((e) => e.text);
    expect(texts).toHaveLength(32);
    for (let i = 0; i < 20; i += 5) expect(texts).not.toContain(`write ${i}`);
    expect(texts).toContain('second write 19');
  });

  it('answers only after the data is committed and readable', async () => {
    const e = entry('visible after answer');
    await database.transaction((trx) => new JournalRepo(trx).insert(actor, e));
    expect((await new JournalRepo(database.db).get(actor, e.id))?.text).toBe('visible after answer');
  });

  it('rolls back everything a transaction wrote when a constraint fails part-way', async () => {
    const e = entry('duplicate id');
    await database.transaction((trx) => new JournalRepo(trx).insert(actor, e));
    const before = (await new JournalRepo(database.db).all(actor)).length;
    await expect(
      database.transaction(async (trx) => {
        await new JournalRepo(trx).insert(actor, entry('would be orphaned'));
        await new JournalRepo(trx).insert(actor, e);
      }),
    ).rejects.toBeTruthy();
    expect((await new JournalRepo(database.db).all(actor)).length).toBe(before);
  });
});
