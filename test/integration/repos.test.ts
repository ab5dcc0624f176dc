import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import { isUniqueViolation } from '../../src/db/database.js';
import { IdempotencyRepo } from '../../src/db/idempotency.repo.js';
import { JournalRepo } from '../../src/db/journal/journal.repo.js';
import { LoginFailuresRepo } from '../../src/db/account/login-failures.repo.js';
import { SessionsRepo } from '../../src/db/account/sessions.repo.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { dialects, freshDatabase, type TestDatabase } from '../support/dialects.js';

const NOW = '2026-11-21T10:00:00.000Z';

describe.each(dialects())('repositories on %s', (kind) => {
  let database: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    const users = new UsersRepo(database.db);
    const make = async (name: string) => {
      const u = await users.insert(
        { id: randomUUID(), email: `${name}@example.org`, passwordHash: 'h', displayName: name, timeZone: 'UTC', region: 'GB' },
        NOW,
      );
      return actorFromSession({ userId: u.id, id: randomUUID() });
    };
    ana = await make('ana');
    ben = await make('ben');
  });
  afterAll(async () => database.dispose());

  it('refuses a second account with the same email as a unique violation', async () => {
    const err = await new UsersRepo(database.db)
      .insert({ id: randomUUID(), email: 'ana@example.org', passwordHash: 'h', displayName: 'x', timeZone: 'UTC', region: 'GB' }, NOW)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it('scopes every journal read and write to the actor', async () => {
    const repo = new JournalRepo(database.db);
    const entry = { id: randomUUID(), text: 'ana writes', mood: 4, tags: ['a', 'b'], prompt: null, createdAt: NOW, updatedAt: NOW };
    await database.transaction((trx) => new JournalRepo(trx).insert(ana, entry));
    expect(await repo.get(ana, entry.id)).toEqual(entry);
    expect(await repo.get(ben, entry.id)).toBeUndefined();
    expect(await database.transaction((trx) => new JournalRepo(trx).update(ben, { ...entry, text: 'ben was here' }))).toBe(false);
    expect(await repo.delete(ben, entry.id)).toBe(false);
    expect(await repo.list(ben, { limit: 10 })).toEqual([]);
    expect((await repo.get(ana, entry.id))!.text).toBe('ana writes');

    expect(
      await database.transaction((trx) =>
        new JournalRepo(trx).update(ana, { ...entry, tags: ['c'], updatedAt: '2026-11-21T11:00:00.000Z' }),
      ),
    ).toBe(true);
    expect(await repo.list(ana, { tag: 'a', limit: 10 })).toEqual([]);
    expect((await repo.list(ana, { tag: 'c', limit: 10 })).map((e) => e.id)).toEqual([entry.id]);
    expect(await repo.delete(ana, entry.id)).toBe(true);
    expect(await repo.all(ana)).toEqual([]);
  });

  it('pages by (createdAt, id) without gaps or repeats', async () => {
    const repo = new JournalRepo(database.db);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = randomUUID();
      ids.push(id);
      await database.transaction((trx) =>
        new JournalRepo(trx).insert(ben, {
          id,
          text: `n${i}`,
          mood: null,
          tags: [],
          prompt: null,
          createdAt: `2026-11-21T10:00:0${i % 3}.000Z`,
          updatedAt: NOW,
        }),
      );
    }
    const seen: string[] = [];
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const rows = await repo.list(ben, { after, limit: 2 });
      seen.push(...rows.slice(0, 2).map((r) => r.id));
      if (rows.length <= 2) break;
      after = rows[1]!;
    }
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('finds live sessions by token hash and revokes only the actor’s own', async () => {
    const sessions = new SessionsRepo(database.db);
    const id = randomUUID();
    await sessions.insert({
      id,
      userId: ana.userId,
      tokenHash: `hash-${id}`,
      csrfToken: 'c',
      userAgent: null,
      authenticatedAt: NOW,
      createdAt: NOW,
      lastSeenAt: NOW,
      expiresAt: '2026-12-21T10:00:00.000Z',
    });
    expect((await sessions.findLive(`hash-${id}`, NOW))?.userId).toBe(ana.userId);
    expect(await sessions.findLive(`hash-${id}`, '2027-01-01T00:00:00.000Z')).toBeUndefined();
    expect(await sessions.revoke(ben, id)).toBe(false);
    expect((await sessions.list(ana, NOW)).map((s) => s.id)).toContain(id);
    expect(await sessions.revoke(ana, id)).toBe(true);
    expect(await sessions.findLive(`hash-${id}`, NOW)).toBeUndefined();
  });

  it('counts login failures with an upsert and restarts the window on request', async () => {
    const repo = new LoginFailuresRepo(database.db);
    await repo.record('k', NOW, false);
    await repo.record('k', NOW, false);
    expect(await repo.get('k')).toEqual({ count: 2, windowStart: NOW });
    await repo.record('k', '2026-11-21T11:00:00.000Z', true);
    expect(await repo.get('k')).toEqual({ count: 1, windowStart: '2026-11-21T11:00:00.000Z' });
    await repo.clear('k');
    expect(await repo.get('k')).toBeUndefined();
  });

  it('stores idempotency keys per person and refuses a duplicate', async () => {
    const repo = new IdempotencyRepo(database.db);
    await repo.insert(ana, 'key', { operation: 'op', resourceId: 'r1', requestHash: 'h1' }, NOW);
    await repo.insert(ben, 'key', { operation: 'op', resourceId: 'r2', requestHash: 'h2' }, NOW);
    expect(await repo.find(ana, 'key')).toEqual({ operation: 'op', resourceId: 'r1', requestHash: 'h1' });
    const err = await repo.insert(ana, 'key', { operation: 'op', resourceId: 'r3', requestHash: 'h3' }, NOW).catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it('deleting a user cascades to everything they own', async () => {
    const users = new UsersRepo(database.db);
    const temp = actorFromSession({
      userId: (
        await users.insert(
          { id: randomUUID(), email: 'temp@example.org', passwordHash: 'h', displayName: 't', timeZone: 'UTC', region: 'GB' },
          NOW,
        )
      ).id,
      id: randomUUID(),
    });
    await database.transaction((trx) =>
      new JournalRepo(trx).insert(temp, {
        id: randomUUID(),
        text: 'temp',
        mood: null,
        tags: ['t'],
        prompt: null,
        createdAt: NOW,
        updatedAt: NOW,
      }),
    );
    await new IdempotencyRepo(database.db).insert(temp, 'k', { operation: 'op', resourceId: 'x', requestHash: null }, NOW);
    await users.delete(temp);
    for (const table of ['journal_entries', 'journal_entry_tags', 'idempotency_keys', 'sessions'] as const) {
      const rows = await database.db.selectFrom(table).selectAll().where('user_id', '=', temp.userId).execute();
      expect(rows, table).toEqual([]);
    }
  });
});
