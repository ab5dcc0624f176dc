import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PairStateResponse } from '../../src/contracts/pair/pair.js';
import type { Actor } from '../../src/core/account/actor.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects, freshDatabase, migrateAgain } from '../support/dialects.js';
import type { DbKind } from '../../src/db/database.js';
import { linkedPair } from '../support/pair.js';

const WEEK = '2026-11-16';

async function link(inviter: Client, joiner: Client): Promise<void> {
  const invite = await inviter.request('POST', '/api/v1/pair/invitations');
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const joined = await joiner.request('POST', '/api/v1/pair/join', { code: invite.body.code });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
}

const pairState = async (c: Client) => {
  const res = await c.request('GET', '/api/v1/pair');
  expect(res.status).toBe(200);
  return PairStateResponse.parse(res.body);
};

/** Every row of every table in this test database, as text, to look for a canary in. */
async function everyRow(h: Harness, kind: DbKind): Promise<string> {
  // On PostgreSQL introspection lists every schema in the database, other test files' too (whose
  // tables may not exist here, on a branch with other migrations): only this test's own schema counts.
  const own = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(h.database.db)).rows[0]?.s : undefined;
  const tables = (await h.database.db.introspection.getTables()).filter((t) => own === undefined || t.schema === own);
  const names = [...new Set(tables.map((t) => t.name))].filter((n) => !n.startsWith('kysely_'));
  const out: string[] = [];
  for (const name of names) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(h.database.db);
    out.push(`${name}: ${JSON.stringify(rows.rows)}`);
  }
  return out.join('\n');
}

describe.each(dialects())('pairs that end cleanly on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('ends the pair for the other when one partner deletes their account, tells them once, and lets them link again', async () => {
    const { a, b } = await linkedPair(h);
    const before = await pairState(a);
    expect(before.pair).not.toBeNull();
    expect((await b.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);

    const after = await pairState(a);
    expect(after.pair).toBeNull();
    expect(after.ended).toEqual({ reason: 'partner-deleted-account', endedAt: h.clock.now.toISOString() });
    // Nothing about the other person beyond that they left.
    expect(JSON.stringify(after)).not.toContain(b.user.id);

    // Not a pair that still seems to exist: unlinking again is "not linked", and linking works both ways.
    const leave = await a.request('DELETE', '/api/v1/pair', { password: PASSWORD });
    expect(leave.status).toBe(404);
    expect(leave.body).toMatchObject({ title: 'Not linked', detail: expect.stringContaining('not linked with anyone') });
    expect((await a.request('POST', '/api/v1/pair/invitations')).status).toBe(201);
    const c = await signup(h.app);
    await link(c, a);
    const linked = await pairState(a);
    expect(linked.pair?.partner.id).toBe(c.user.id);
    // A new link replaces the news of the old ending.
    expect(linked.ended).toBeNull();

    const exported = (await a.request('GET', '/api/v1/me/export')).body as {
      pairs: Array<{ id: string; partnerDisplayName: string | null }>;
    };
    expect(exported.pairs.find((p) => p.id === before.pair?.id)).toMatchObject({ partnerDisplayName: null, endedAt: expect.any(String) });
  });

  it('tells the partner who stayed when the other unlinks, not the one who unlinked, and forgets it once dismissed', async () => {
    const { a, b } = await linkedPair(h);
    expect((await b.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    expect((await pairState(a)).ended).toEqual({ reason: 'partner-unlinked', endedAt: h.clock.now.toISOString() });
    expect((await pairState(b)).ended).toBeNull();

    expect((await a.request('DELETE', '/api/v1/pair/ending')).status).toBe(204);
    expect(await pairState(a)).toEqual({ pair: null, ended: null });
    // Dismissing twice (two tabs) is not an error.
    expect((await a.request('DELETE', '/api/v1/pair/ending')).status).toBe(204);
  });

  it('answers 401 to anonymous callers of the pair state and of dismissing the news', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/pair' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'DELETE', url: '/api/v1/pair/ending' })).statusCode).toBe(401);
  });

  it('tells an open screen of the partner who stayed that the pair ended', async () => {
    const { a, b } = await linkedPair(h);
    const seen: string[] = [];
    const off = h.app.events.subscribe(a.user.id, (e) => seen.push(e.type));
    try {
      expect((await b.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
      await expect.poll(() => seen).toContain('pair.ended');
    } finally {
      off();
    }
  });

  for (const ending of ['unlink', 'delete'] as const) {
    it(`shows the next partner nothing that was shared with the one before (after ${ending})`, async () => {
      const { a, b } = await linkedPair(h);
      const personal = (await a.request('POST', '/api/v1/goals', { title: 'A shared walk goal', scope: 'personal', weekStart: WEEK })).body
        .goal;
      expect((await a.request('PATCH', `/api/v1/goals/${personal.id}`, { shared: true })).status).toBe(200);
      const privateGoal = (await a.request('POST', '/api/v1/goals', { title: 'A private goal', scope: 'personal', weekStart: WEEK })).body
        .goal;
      expect((await a.request('POST', '/api/v1/goals', { title: 'A joint goal', scope: 'joint', weekStart: WEEK })).status).toBe(201);
      expect((await a.request('POST', '/api/v1/pair/topics', { text: 'A shared topic', shared: true })).status).toBe(201);
      expect((await a.request('POST', '/api/v1/pair/kudos', { text: 'A kudos for B' })).status).toBe(201);
      const moment = { occurredAt: '2026-11-20T21:00:00.000Z', stage: 'pursuit', actor: 'me', intensity: 6, shared: true };
      expect((await a.request('POST', '/api/v1/cycle-events', moment)).status).toBe(201);
      expect((await a.request('POST', '/api/v1/pair/requests', { context: 'A request for B' })).status).toBe(201);
      const steps = [{ notice: 'a tight chest', will: 'breathe slowly', help: 'sit with me' }];
      expect((await a.request('PUT', '/api/v1/pair/stress-plan', { steps })).status).toBe(201);
      // B sees A's shared goal while they are linked.
      expect((await b.request('GET', '/api/v1/goals')).body.items.map((g: { id: string }) => g.id)).toContain(personal.id);

      if (ending === 'unlink') expect((await b.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
      else expect((await b.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);

      const c = await signup(h.app);
      await link(a, c);
      expect((await c.request('GET', '/api/v1/goals')).body.items).toEqual([]);
      expect((await c.request('GET', '/api/v1/pair/topics')).body.items).toEqual([]);
      expect((await c.request('GET', '/api/v1/pair/kudos')).body.items).toEqual([]);
      expect((await c.request('GET', '/api/v1/pair/cycle-events')).body.items).toEqual([]);
      expect((await c.request('GET', '/api/v1/pair/requests')).body.items).toEqual([]);
      expect((await c.request('GET', '/api/v1/pair/stress-plan')).body).toEqual({ current: null, pending: null, history: [] });
      expect((await c.request('GET', '/api/v1/pair/check-ins/next')).body.agenda).toEqual([]);

      // What A keeps: their own personal goals, now private to them (shared with nobody until they share again).
      const mine = (await a.request('GET', '/api/v1/goals')).body.items as Array<{ id: string; shared: boolean; title: string }>;
      expect(mine.map((g) => g.id).sort()).toEqual([personal.id, privateGoal.id].sort());
      expect(mine.find((g) => g.id === personal.id)?.shared).toBe(false);
      // Shared again, it is shared with the partner A has now.
      expect((await a.request('PATCH', `/api/v1/goals/${personal.id}`, { shared: true })).body.goal.shared).toBe(true);
      expect((await c.request('GET', '/api/v1/goals')).body.items.map((g: { id: string }) => g.id)).toEqual([personal.id]);
    });
  }

  it('leaves nothing the deleted partner wrote readable in rows that outlive them', async () => {
    const { a, b } = await linkedPair(h);
    const CANARY = 'canary-7f3a9c';
    const terms = {
      checkInRule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
      checkInMinutes: 20,
      timeZone: 'Europe/London',
      dailyRequestCap: 2,
      requestTemplate: `Could we talk ${CANARY}?`,
      acknowledgmentTemplate: `I hear you ${CANARY}`,
    };
    expect((await b.request('PUT', '/api/v1/pair/agreement', terms)).status).toBe(201);
    expect((await a.request('POST', '/api/v1/pair/agreement/accept', { version: 1 })).status).toBe(200);
    expect((await b.request('POST', '/api/v1/pair/kudos', { text: `Thanks ${CANARY}` })).status).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/topics', { text: `Topic ${CANARY}`, shared: true })).status).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/requests', { context: `Context ${CANARY}` })).status).toBe(201);
    const asked = (await a.request('POST', '/api/v1/pair/requests', { context: 'From A' })).body.request.id;
    const declined = await b.request('POST', `/api/v1/pair/requests/${asked}/respond`, { response: 'decline', note: `Note ${CANARY}` });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const steps = [{ notice: `notice ${CANARY}`, will: 'breathe', help: 'sit with me' }];
    expect((await b.request('PUT', '/api/v1/pair/stress-plan', { steps })).status).toBe(201);
    const goal = (await b.request('POST', '/api/v1/goals', { title: `Goal ${CANARY}`, scope: 'joint', weekStart: WEEK })).body.goal;
    const aGoal = (await a.request('POST', '/api/v1/goals', { title: 'A’s joint goal', scope: 'joint', weekStart: WEEK })).body.goal;
    expect((await b.request('PATCH', `/api/v1/goals/${aGoal.id}`, { note: `Progress ${CANARY}` })).status).toBe(200);
    expect(goal).toBeDefined();
    const moment = { occurredAt: '2026-11-20T21:00:00.000Z', stage: 'pursuit', actor: 'me', intensity: 6, shared: true, note: CANARY };
    expect((await b.request('POST', '/api/v1/cycle-events', moment)).status).toBe(201);
    const next = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
    h.clock.advance(10 * 3_600_000);
    const done = await b.request('POST', `/api/v1/pair/check-ins/${next.id}/complete`, { notes: `Notes ${CANARY}`, discussedTopicIds: [] });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await everyRow(h, kind)).toContain(CANARY);

    expect((await b.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    const left = (await everyRow(h, kind)).split('\n').filter((line) => line.includes(CANARY));
    expect(left.map((line) => line.slice(0, line.indexOf(':')))).toEqual([]);
    // What A wrote stays A's.
    const kept = JSON.stringify((await a.request('GET', '/api/v1/me/export')).body);
    expect(kept).toContain('From A');
    expect(kept).toContain('A’s joint goal');
  });
});

describe.each(dialects())('the pair endings migration on %s', (kind) => {
  it('ends pairs a deleted account left open, and ties earlier shares to the pair they were made in', async () => {
    const database = await freshDatabase(kind, '2026-12-03T1100-safety-plans');
    try {
      const db = database.db;
      const users = new UsersRepo(db);
      const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID() };
      for (const [name, id] of Object.entries(ids))
        await users.insert(
          { id, email: `${name}@example.org`, passwordHash: 'x', displayName: name, timeZone: 'UTC', region: 'GB' },
          '2026-11-01T00:00:00.000Z',
        );
      const pair = async (id: string, members: string[], at: string) => {
        await db.insertInto('pairs').values({ id, time_zone: 'UTC', created_at: at, ended_at: null }).execute();
        for (const user_id of members)
          await sql`insert into pair_members (pair_id, user_id, joined_at, left_at) values (${id}, ${user_id}, ${at}, null)`.execute(db);
      };
      const [orphaned, whole] = [randomUUID(), randomUUID()];
      await pair(orphaned, [ids.a, ids.b], '2026-11-02T00:00:00.000Z');
      await pair(whole, [ids.c, ids.d], '2026-11-10T00:00:00.000Z');
      // Deleted the way Steady did before: the cascade took B's membership and left A's open.
      await users.delete({ userId: ids.b } as Actor);
      const goal = async (user_id: string, updated_at: string) => {
        const id = randomUUID();
        await db
          .insertInto('goals')
          .values({
            id,
            user_id,
            pair_id: null,
            scope: 'personal',
            title: 't',
            week_start: WEEK,
            shared: 1,
            done: 0,
            created_at: updated_at,
            updated_at,
          })
          .execute();
        return id;
      };
      const sharedNow = await goal(ids.c, '2026-11-12T00:00:00.000Z');
      const sharedBefore = await goal(ids.d, '2026-11-05T00:00:00.000Z');

      await migrateAgain(database, null);

      const members = await db.selectFrom('pair_members').selectAll().orderBy('user_id').execute();
      expect(members.find((m) => m.user_id === ids.a)).toMatchObject({ ending: 'partner-deleted-account', left_at: expect.any(String) });
      expect(members.filter((m) => m.pair_id === whole).map((m) => [m.left_at, m.ending])).toEqual([
        [null, null],
        [null, null],
      ]);
      const pairs = await db.selectFrom('pairs').selectAll().execute();
      expect(pairs.find((p) => p.id === orphaned)?.ended_at).not.toBeNull();
      expect(pairs.find((p) => p.id === whole)?.ended_at).toBeNull();
      const goals = await db.selectFrom('goals').select(['id', 'pair_id']).execute();
      expect(goals.find((g) => g.id === sharedNow)?.pair_id).toBe(whole);
      expect(goals.find((g) => g.id === sharedBefore)?.pair_id).toBeNull();
    } finally {
      await database.dispose();
    }
  });
});
