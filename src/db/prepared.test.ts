import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { prepared } from './prepared.js';

describe('prepared queries', () => {
  it('compile once per shape and run with each call’s own values', async () => {
    const database = openDatabase({ url: ':memory:' });
    await migrateToLatest(database);
    const db = database.db;
    const now = '2026-11-21T10:00:00.000Z';
    for (const [id, tz] of [
      ['a', 'Europe/London'],
      ['b', 'Europe/Dublin'],
      ['c', 'America/New_York'],
    ]) {
      await db
        .insertInto('users')
        .values({
          id: id!,
          email: `${id}@example.org`,
          password_hash: 'x',
          display_name: id!,
          time_zone: tz!,
          region: 'GB',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    let builds = 0;
    const byZone = prepared((ex: typeof db, prefix: string | undefined, limit: number) => {
      builds++;
      return ex
        .selectFrom('users')
        .select('id')
        .$if(prefix !== undefined, (q) => q.where('time_zone', 'like', prefix!))
        .orderBy('id')
        .limit(limit);
    });
    expect((await byZone(db, 'Europe/%', 10)).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await byZone(db, 'America/%', 10)).map((r) => r.id)).toEqual(['c']);
    expect((await byZone(db, 'Europe/%', 1)).map((r) => r.id)).toEqual(['a']);
    expect(builds).toBe(1);
    // Leaving an argument out is another shape, compiled once more.
    expect((await byZone(db, undefined, 2)).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await byZone(db, undefined, 3)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(builds).toBe(2);
    await database.close();
  });

  it('on SQLite read rows as Kysely does, and never another request’s uncommitted rows', async () => {
    const database = openDatabase({ url: ':memory:' });
    await migrateToLatest(database);
    const db = database.db;
    const user = (id: string) => ({
      id,
      email: `${id}@example.org`,
      password_hash: 'x',
      display_name: id,
      time_zone: 'UTC',
      region: 'GB',
      created_at: '2026-11-21T10:00:00.000Z',
      updated_at: '2026-11-21T10:00:00.000Z',
    });
    await db.insertInto('users').values(user('a')).execute();
    const users = prepared((ex: typeof db, limit: number) => ex.selectFrom('users').selectAll().orderBy('id').limit(limit));
    expect(await users(db, 10)).toEqual(await db.selectFrom('users').selectAll().orderBy('id').limit(10).execute());

    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writing = db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(user('b')).execute();
      await gate;
    });
    await new Promise((r) => setTimeout(r, 20));
    let seen: string[] | undefined;
    const reading = users(db, 10).then((rows) => (seen = rows.map((r) => r.id)));
    await new Promise((r) => setTimeout(r, 20));
    // The read waits for the open transaction instead of seeing its row.
    expect(seen).toBeUndefined();
    release();
    await writing;
    await reading;
    expect(seen).toEqual(['a', 'b']);
    await database.close();
  });
});
