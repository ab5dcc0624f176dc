import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/contracts/reassurance/tools.js';
import { URGE_ACTIONS } from '../../src/contracts/reassurance/urges.js';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import { buildInsights, type InsightsRange } from '../../src/core/reassurance/insights.js';
import { InsightsRepo } from '../../src/db/reassurance/insights.repo.js';
import type { Executor } from '../../src/db/database.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { prng } from '../support/prng.js';
import { dialects, freshDatabase, migrateAgain } from '../support/dialects.js';

/**
 * The rollups behind getReassuranceInsights must always say what the rows say: after every kind of
 * write through the API (including concurrent ones on the same urge), and after the migration that
 * built them from rows an older Steady wrote.
 */

// Three months around two month ends, so edits move urges across days and months.
const START = Date.parse('2026-08-20T00:00:00.000Z');
const SPAN = 95 * 86_400_000;
const TAGS = ['no reply', 'late', 'tone', 'work', 'alone'];
const MINUTES = [10, 15, 30, 60, 61, 120, 180, 181, 600];

/** Random periods across the data, with bounds on midnights, month starts and arbitrary instants. */
function periods(rand: (n: number) => number, count: number): InsightsRange[] {
  const at = () => {
    const ms = START - 5 * 86_400_000 + rand(SPAN + 10 * 86_400_000);
    const d = new Date(ms);
    const snap = rand(3);
    if (snap > 0) d.setUTCHours(0, 0, 0, 0);
    if (snap > 1) d.setUTCDate(1);
    return d.toISOString();
  };
  const out: InsightsRange[] = [{ from: null, to: '2030-01-01T00:00:00.000Z' }];
  for (let i = 0; i < count; i++) {
    const [a, b] = [at(), at()].sort();
    out.push({ from: rand(5) === 0 ? null : a!, to: b! });
  }
  return out;
}

async function expectAgreement(db: Executor, actor: Actor, ranges: InsightsRange[]): Promise<void> {
  const repo = new InsightsRepo(db);
  for (const range of ranges) {
    const fromRollups = buildInsights(await repo.reassuranceAggregates(actor, range));
    const fromRows = buildInsights(await repo.rowAggregates(actor, range));
    expect(fromRollups, `${range.from} → ${range.to}`).toEqual(fromRows);
  }
}

describe.each(dialects())('insight rollups on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let actor: Actor;

  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    actor = actorFromSession({ userId: me.user.id, id: randomUUID() });
  });
  afterAll(async () => h.close());

  it('agree with the rows after creates, follow-ups, edits and deletions through the API', async () => {
    const rand = prng(7);
    const ok = async (method: string, url: string, body?: unknown) => {
      const r = await me.request(method, url, body);
      expect(r.status, `${method} ${url}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
      return r.body;
    };
    // A rating out of 12 values: 11 is a skipped one (null), so rollups carry skips too.
    const rating = () => {
      const r = rand(12);
      return r === 11 ? null : r;
    };
    const urgeBody = () => ({
      occurredAt: new Date(START + rand(SPAN)).toISOString(),
      intensity: rating(),
      anxietyBefore: rating(),
      triggers: [...new Set(Array.from({ length: rand(3) }, () => TAGS[rand(TAGS.length)]!))],
      action: URGE_ACTIONS[rand(URGE_ACTIONS.length)]!,
    });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await ok('POST', '/api/v1/urges', urgeBody())).urge.id);
    for (let i = 0; i < 80; i++) {
      await ok('POST', `/api/v1/urges/${ids[rand(ids.length)]}/follow-ups`, {
        minutesAfter: MINUTES[rand(MINUTES.length)],
        anxiety: rand(11),
      });
    }
    const sessions: string[] = [];
    for (let i = 0; i < 30; i++) {
      const before = rand(11);
      const body = {
        tool: TOOLS[rand(TOOLS.length)]!,
        startedAt: new Date(START + rand(SPAN)).toISOString(),
        durationSeconds: 60,
        distressBefore: before,
        distressAfter: rand(11),
      };
      sessions.push((await ok('POST', '/api/v1/tool-sessions', body)).toolSession.id);
    }
    await expectAgreement(h.database.db, actor, periods(rand, 30));

    // Edits of every field the rollups read, some moving an urge (and its follow-ups) to another month.
    for (let i = 0; i < 40; i++) {
      const { occurredAt, intensity, anxietyBefore, triggers, action } = urgeBody();
      const pick = [{ occurredAt }, { intensity }, { anxietyBefore }, { triggers }, { action }, { action, occurredAt, triggers }][rand(6)];
      await ok('PATCH', `/api/v1/urges/${ids[rand(ids.length)]}`, pick);
    }
    for (const id of ids.splice(0, 15)) await ok('DELETE', `/api/v1/urges/${id}`);
    for (const id of sessions.splice(0, 10)) await ok('DELETE', `/api/v1/tool-sessions/${id}`);
    await expectAgreement(h.database.db, actor, periods(rand, 30));
  });

  it('keep no trace of a trigger tag once the urges that named it are edited or deleted', async () => {
    const tagged = async (tag: string) =>
      (
        await me.request('POST', '/api/v1/urges', {
          occurredAt: '2026-10-15T12:00:00.000Z',
          intensity: 4,
          anxietyBefore: 4,
          triggers: [tag],
          action: 'parked',
        })
      ).body.urge.id as string;
    const deleted = await tagged('a name written once');
    const edited = await tagged('another private word');
    const left = async () =>
      JSON.stringify(await h.database.db.selectFrom('insight_rollups').selectAll().where('user_id', '=', me.user.id).execute());
    expect(await left()).toContain('a name written once');
    expect((await me.request('DELETE', `/api/v1/urges/${deleted}`)).status).toBe(204);
    expect((await me.request('PATCH', `/api/v1/urges/${edited}`, { triggers: ['work'] })).status).toBe(200);
    expect(await left()).not.toContain('a name written once');
    expect(await left()).not.toContain('another private word');
  });

  it('agree after concurrent edits and follow-ups of the same urge', async () => {
    const rand = prng(11);
    const urge = (
      await me.request('POST', '/api/v1/urges', {
        occurredAt: '2026-09-30T23:50:00.000Z',
        intensity: 6,
        anxietyBefore: 7,
        triggers: ['late'],
        action: 'sought',
      })
    ).body.urge;
    const writes = Array.from({ length: 24 }, (_, i) =>
      i % 2 === 0
        ? me.request('PATCH', `/api/v1/urges/${urge.id}`, {
            action: URGE_ACTIONS[rand(URGE_ACTIONS.length)],
            occurredAt: i % 4 === 0 ? '2026-10-01T00:10:00.000Z' : '2026-09-30T23:50:00.000Z',
            triggers: [TAGS[rand(TAGS.length)]],
          })
        : me.request('POST', `/api/v1/urges/${urge.id}/follow-ups`, { minutesAfter: MINUTES[rand(MINUTES.length)], anxiety: rand(11) }),
    );
    for (const r of await Promise.all(writes)) expect(r.status).toBeLessThan(300);
    await expectAgreement(h.database.db, actor, periods(rand, 20));
  });
});

describe.each(dialects())('the rollups migration on %s', (kind) => {
  it('builds the rollups from rows written before it', async () => {
    const database = await freshDatabase(kind, '2026-11-21T1300-insights-indexes');
    try {
      const rand = prng(3);
      const userId = randomUUID();
      const now = '2026-11-21T10:00:00.000Z';
      await new UsersRepo(database.db).insert(
        { id: userId, email: 'before@example.org', passwordHash: 'x', displayName: 'Before', timeZone: 'UTC', region: 'GB' },
        now,
      );
      const db = database.db;
      for (let i = 0; i < 120; i++) {
        const id = randomUUID();
        const occurredAt = new Date(START + rand(SPAN)).toISOString();
        const tags = [...new Set(Array.from({ length: rand(3) }, () => TAGS[rand(TAGS.length)]!))];
        await db
          .insertInto('urges')
          .values({
            id,
            user_id: userId,
            occurred_at: occurredAt,
            local_date: new Date(Date.parse(occurredAt) + (rand(3) - 1) * 43_200_000).toISOString().slice(0, 10),
            intensity: rand(11),
            anxiety_before: rand(11),
            triggers: JSON.stringify(tags),
            wanted_to: null,
            action: URGE_ACTIONS[rand(URGE_ACTIONS.length)]!,
            delay_minutes: null,
            note: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        for (const tag of tags) await db.insertInto('urge_triggers').values({ urge_id: id, user_id: userId, tag }).execute();
        for (const m of new Set(Array.from({ length: rand(4) }, () => MINUTES[rand(MINUTES.length)]!))) {
          await db
            .insertInto('urge_follow_ups')
            .values({ id: randomUUID(), urge_id: id, user_id: userId, minutes_after: m, anxiety: rand(11), created_at: now })
            .execute();
        }
      }
      for (let i = 0; i < 40; i++) {
        const startedAt = new Date(START + rand(SPAN)).toISOString();
        await db
          .insertInto('tool_sessions')
          .values({
            id: randomUUID(),
            user_id: userId,
            tool: TOOLS[rand(TOOLS.length)]!,
            variant: null,
            started_at: startedAt,
            duration_seconds: 60,
            distress_before: rand(11),
            distress_after: rand(11),
            urge_id: null,
            created_at: now,
          })
          .execute();
      }
      await migrateAgain(database, null);
      await expectAgreement(db, actorFromSession({ userId, id: randomUUID() }), periods(rand, 40));
    } finally {
      await database.dispose();
    }
  });
});
