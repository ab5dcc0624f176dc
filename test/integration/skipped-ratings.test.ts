import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects, freshDatabase, migrateAgain } from '../support/dialects.js';

/**
 * A rating the person skipped is stored as null and read back as null (issue 13): it counts the
 * urge, never a number in an average, and the export says null rather than a made-up middle.
 */
const urge = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-20T18:00:00.000Z',
  intensity: 8,
  anxietyBefore: 6,
  triggers: ['no reply'],
  action: 'delayed',
  ...over,
});

describe.each(dialects())('skipped ratings on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('are stored as null, read back as null, and left out of every average', async () => {
    const skipped = await me.request('POST', '/api/v1/urges', urge({ intensity: null, anxietyBefore: null }));
    expect(skipped.status).toBe(201);
    expect(skipped.body.urge).toMatchObject({ intensity: null, anxietyBefore: null });
    const row = await h.database.db
      .selectFrom('urges')
      .select(['intensity', 'anxiety_before'])
      .where('id', '=', skipped.body.urge.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ intensity: null, anxiety_before: null });
    expect((await me.request('GET', `/api/v1/urges/${skipped.body.urge.id}`)).body.urge).toMatchObject({
      intensity: null,
      anxietyBefore: null,
    });

    // One rated urge beside it, on another day and month, so rollups and raw rows both carry a skip.
    expect((await me.request('POST', '/api/v1/urges', urge({ occurredAt: '2026-10-02T09:00:00.000Z' }))).status).toBe(201);
    const partial = await me.request('POST', '/api/v1/urges', urge({ occurredAt: '2026-11-21T09:30:00.000Z', intensity: null }));
    expect(partial.body.urge).toMatchObject({ intensity: null, anxietyBefore: 6 });

    for (const qs of ['', '?from=2026-10-01T00:00:00.000Z', '?from=2026-11-20T17:00:00.000Z&to=2026-11-21T09:45:00.000Z']) {
      const insights = await me.request('GET', `/api/v1/insights/reassurance${qs}`);
      expect(insights.status).toBe(200);
      const { urgeCount, byAction, reliefDecay, triggers } = insights.body;
      if (qs.includes('2026-11-20')) {
        // Only the skipped one and the partly rated one.
        expect(urgeCount).toBe(2);
        expect(byAction.delayed).toBe(2);
        expect(reliefDecay.other[0]).toEqual({ minutesAfter: 0, meanAnxiety: 6, n: 1 });
        expect(triggers).toEqual([{ tag: 'no reply', count: 2, meanIntensity: null, rated: 0 }]);
      } else {
        expect(urgeCount).toBe(3);
        expect(reliefDecay.other[0]).toEqual({ minutesAfter: 0, meanAnxiety: 6, n: 2 });
        expect(triggers).toEqual([{ tag: 'no reply', count: 3, meanIntensity: 8, rated: 1 }]);
      }
    }

    // Rated later: the number counts from then on; skipped again: it stops counting.
    const id = skipped.body.urge.id as string;
    expect((await me.request('PATCH', `/api/v1/urges/${id}`, { intensity: 2, anxietyBefore: 0 })).body.urge).toMatchObject({
      intensity: 2,
      anxietyBefore: 0,
    });
    let insights = (await me.request('GET', '/api/v1/insights/reassurance')).body;
    expect(insights.triggers[0]).toEqual({ tag: 'no reply', count: 3, meanIntensity: 5, rated: 2 });
    expect(insights.reliefDecay.other[0]).toEqual({ minutesAfter: 0, meanAnxiety: 4, n: 3 });
    expect((await me.request('PATCH', `/api/v1/urges/${id}`, { anxietyBefore: null })).body.urge).toMatchObject({ anxietyBefore: null });
    insights = (await me.request('GET', '/api/v1/insights/reassurance')).body;
    expect(insights.reliefDecay.other[0]).toEqual({ minutesAfter: 0, meanAnxiety: 6, n: 2 });

    // The export carries the null, and the printable summary never turns it into a number.
    const exported = await me.request('GET', '/api/v1/me/export');
    expect(exported.status).toBe(200);
    const urges = exported.body.urges as Array<{ id: string; intensity: number | null; anxietyBefore: number | null }>;
    expect(urges.find((u) => u.id === partial.body.urge.id)).toMatchObject({ intensity: null, anxietyBefore: 6 });
    expect(urges.find((u) => u.id === id)).toMatchObject({ intensity: 2, anxietyBefore: null });
    const summary = await h.app.inject({
      method: 'GET',
      url: '/api/v1/summary?sections=urges&from=2026-11-20T17:00:00.000Z&to=2026-11-21T09:45:00.000Z',
      headers: { cookie: me.cookie },
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.body).toContain('no reply: 2 times, with an average strength of 2 out of 10 (rated once)');
  });

  it('are refused when they are not a whole number from 0 to 10 or null', async () => {
    for (const intensity of [11, -1, 2.5, '5']) {
      const r = await me.request('POST', '/api/v1/urges', urge({ intensity }));
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('intensity');
    }
    // Leaving the rating out is not a skip: the person says so with null.
    const { intensity: _left, ...withoutIntensity } = urge();
    const r = await me.request('POST', '/api/v1/urges', withoutIntensity);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('intensity');
  });
});

describe.each(dialects())('the nullable-ratings migration on %s', (kind) => {
  it('keeps every urge, its follow-ups, triggers and tool sessions, their references and the index', async () => {
    const database = await freshDatabase(kind, '2026-12-03T1100-safety-plans');
    try {
      const db = database.db;
      const now = '2026-11-21T10:00:00.000Z';
      const userId = randomUUID();
      await new UsersRepo(db).insert(
        { id: userId, email: 'rebuilt@example.org', passwordHash: 'x', displayName: 'Before', timeZone: 'UTC', region: 'GB' },
        now,
      );
      const urgeRow = (id: string) => ({
        id,
        user_id: userId,
        occurred_at: now,
        local_date: '2026-11-21',
        intensity: 7,
        anxiety_before: 3,
        triggers: '["late"]',
        wanted_to: 'Are we ok?',
        action: 'sought',
        delay_minutes: null,
        note: 'a note',
        created_at: now,
        updated_at: now,
      });
      const [kept, gone] = [randomUUID(), randomUUID()];
      await db
        .insertInto('urges')
        .values([urgeRow(kept), urgeRow(gone)])
        .execute();
      for (const id of [kept, gone]) {
        await db.insertInto('urge_triggers').values({ urge_id: id, user_id: userId, tag: 'late' }).execute();
        await db
          .insertInto('urge_follow_ups')
          .values({ id: randomUUID(), urge_id: id, user_id: userId, minutes_after: 30, anxiety: 2, created_at: now })
          .execute();
        await db
          .insertInto('tool_sessions')
          .values({
            id: randomUUID(),
            user_id: userId,
            tool: 'breathing',
            variant: null,
            started_at: now,
            duration_seconds: 60,
            distress_before: 6,
            distress_after: 4,
            urge_id: id,
            created_at: now,
          })
          .execute();
      }

      await migrateAgain(database, null);

      expect(await db.selectFrom('urges').selectAll().where('id', '=', kept).executeTakeFirstOrThrow()).toEqual(urgeRow(kept));
      expect(await db.selectFrom('urge_triggers').select('urge_id').execute()).toHaveLength(2);
      expect(await db.selectFrom('urge_follow_ups').select('urge_id').execute()).toHaveLength(2);
      await db.updateTable('urges').set({ intensity: null, anxiety_before: null }).where('id', '=', kept).execute();
      expect(await db.selectFrom('urges').select(['intensity', 'anxiety_before']).where('id', '=', kept).executeTakeFirstOrThrow()).toEqual(
        {
          intensity: null,
          anxiety_before: null,
        },
      );

      // The references still point at urges: deleting one cascades to its follow-ups and triggers and
      // unlinks its tool session; an urge for nobody is still refused.
      await db.deleteFrom('urges').where('id', '=', gone).execute();
      expect(await db.selectFrom('urge_follow_ups').select('urge_id').execute()).toEqual([{ urge_id: kept }]);
      expect(await db.selectFrom('urge_triggers').select('urge_id').execute()).toEqual([{ urge_id: kept }]);
      expect((await db.selectFrom('tool_sessions').select('urge_id').orderBy('urge_id').execute()).map((r) => r.urge_id).sort()).toEqual(
        [kept, null].sort(),
      );
      await expect(
        db
          .insertInto('urges')
          .values({ ...urgeRow(randomUUID()), user_id: randomUUID() })
          .execute(),
      ).rejects.toThrow();
      // Deleting the person still removes everything of theirs.
      await db.deleteFrom('users').where('id', '=', userId).execute();
      expect(await db.selectFrom('urges').select('id').execute()).toEqual([]);

      const indexes =
        kind === 'sqlite'
          ? await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index' and tbl_name = 'urges' and name not like 'sqlite_%'`.execute(db)
          : await sql<{
              name: string;
            }>`select indexname as name from pg_indexes where tablename = 'urges' and indexname <> 'urges_pkey' and schemaname = current_schema()`.execute(
              db,
            );
      expect(indexes.rows.map((r) => r.name)).toEqual(['urges_user_occurred_insights']);
    } finally {
      await database.dispose();
    }
  });
});
