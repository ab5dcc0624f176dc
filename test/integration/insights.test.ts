import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/contracts/reassurance/tools.js';
import { URGE_ACTIONS } from '../../src/contracts/reassurance/urges.js';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import { buildInsights, storedInstant } from '../../src/core/reassurance/insights.js';
import { insightsFromRows, type FollowUpRow, type ToolSessionRow, type UrgeRow } from '../../src/core/reassurance/reference.js';
import { toolSessionContributions, urgeContributions } from '../../src/core/reassurance/rollups.js';
import { InsightRollupsRepo } from '../../src/db/reassurance/insight-rollups.repo.js';
import { InsightsRepo } from '../../src/db/reassurance/insights.repo.js';
import type { Executor } from '../../src/db/database.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { prng } from '../support/prng.js';
import { dialects } from '../support/dialects.js';

const URL = '/api/v1/insights/reassurance';
const TAGS = ['no reply', 'late', 'tone', 'ex', 'work', 'alone', 'social media'];
// Follow-up minutes on both sides of every window edge (15–60 → 30, 61–180 → 120).
const MINUTES = [0, 5, 14, 15, 16, 30, 59, 60, 61, 62, 120, 179, 180, 181, 240, 1440];

interface Person {
  urges: UrgeRow[];
  followUps: FollowUpRow[];
  sessions: ToolSessionRow[];
}

/** Two years of rows ending a little after the harness clock (2026-11-21T10:00Z), so "now" cuts some off. */
function makeRows(seed: number, urgeCount: number, sessionCount: number): Person {
  const rand = prng(seed);
  const end = Date.parse('2026-11-25T00:00:00.000Z');
  const span = 2 * 365 * 86_400_000;
  const urges: UrgeRow[] = [];
  const followUps: FollowUpRow[] = [];
  for (let i = 0; i < urgeCount; i++) {
    // The last two fall exactly on the clock (excluded by the default `to`) and after it.
    const at =
      i === urgeCount - 1 ? Date.parse('2026-11-21T10:00:00.000Z') : i === urgeCount - 2 ? end - 3_600_000 : end - span + rand(span);
    // The person's local day can be the UTC day before or after (time zones reach −12 h…+14 h).
    const localDate = new Date(at + (rand(3) - 1) * 12 * 3_600_000).toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: rand(4) }, () => TAGS[rand(TAGS.length)]!))];
    const u: UrgeRow = {
      id: randomUUID(),
      occurredAt: new Date(at).toISOString(),
      localDate,
      intensity: rand(11),
      anxietyBefore: rand(11),
      action: URGE_ACTIONS[rand(URGE_ACTIONS.length)]!,
      triggers: tags,
    };
    urges.push(u);
    for (const m of new Set(Array.from({ length: rand(4) }, () => MINUTES[rand(MINUTES.length)]!))) {
      followUps.push({ urgeId: u.id, minutesAfter: m, anxiety: rand(11) });
    }
  }
  const sessions = Array.from({ length: sessionCount }, () => ({
    tool: TOOLS[rand(TOOLS.length)]!,
    startedAt: new Date(end - span + rand(span)).toISOString(),
    distressBefore: rand(11),
    distressAfter: rand(11),
  }));
  return { urges, followUps, sessions };
}

/** Rows written directly, bypassing the repositories, so their insight rollups are written here as the repositories would. */
async function insert(db: Executor, userId: string, p: Person): Promise<void> {
  const followUpsOf = new Map<string, FollowUpRow[]>();
  for (const f of p.followUps) followUpsOf.set(f.urgeId, [...(followUpsOf.get(f.urgeId) ?? []), f]);
  await new InsightRollupsRepo(db).add(userId, [
    ...p.urges.flatMap((u) => urgeContributions({ ...u, followUps: followUpsOf.get(u.id) ?? [] })),
    ...p.sessions.flatMap((s) => toolSessionContributions(s)),
  ]);
  const now = '2026-11-21T10:00:00.000Z';
  for (let i = 0; i < p.urges.length; i += 200) {
    const chunk = p.urges.slice(i, i + 200);
    await db
      .insertInto('urges')
      .values(
        chunk.map((u) => ({
          id: u.id,
          user_id: userId,
          occurred_at: u.occurredAt,
          local_date: u.localDate,
          intensity: u.intensity,
          anxiety_before: u.anxietyBefore,
          triggers: JSON.stringify(u.triggers),
          wanted_to: null,
          action: u.action,
          delay_minutes: null,
          note: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const tags = chunk.flatMap((u) => u.triggers.map((tag) => ({ urge_id: u.id, user_id: userId, tag })));
    if (tags.length) await db.insertInto('urge_triggers').values(tags).execute();
  }
  for (let i = 0; i < p.followUps.length; i += 300) {
    await db
      .insertInto('urge_follow_ups')
      .values(
        p.followUps.slice(i, i + 300).map((f) => ({
          id: randomUUID(),
          urge_id: f.urgeId,
          user_id: userId,
          minutes_after: f.minutesAfter,
          anxiety: f.anxiety,
          created_at: now,
        })),
      )
      .execute();
  }
  if (p.sessions.length) {
    await db
      .insertInto('tool_sessions')
      .values(
        p.sessions.map((s) => ({
          id: randomUUID(),
          user_id: userId,
          tool: s.tool,
          variant: null,
          started_at: s.startedAt,
          duration_seconds: 300,
          distress_before: s.distressBefore,
          distress_after: s.distressAfter,
          urge_id: null,
          created_at: now,
        })),
      )
      .execute();
  }
}

describe.each(dialects())('reassurance insights on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let other: Client;
  let meActor: Actor;
  let mine: Person;
  let theirs: Person;
  let now: string;

  beforeAll(async () => {
    h = await harness(kind);
    now = h.clock.now.toISOString();
    me = await signup(h.app);
    other = await signup(h.app);
    meActor = actorFromSession({ userId: me.user.id, id: randomUUID() });
    mine = makeRows(1, 400, 150);
    theirs = makeRows(2, 150, 60);
    // The other person logs on the same days with the same tags, so any leak would change a figure.
    theirs.urges.push(...mine.urges.slice(0, 20).map((u) => ({ ...u, id: randomUUID() })));
    await insert(h.database.db, me.user.id, mine);
    await insert(h.database.db, other.user.id, theirs);
  });
  afterAll(async () => h.close());

  const expected = (p: Person, from?: string, to?: string) =>
    insightsFromRows(p.urges, p.followUps, p.sessions, {
      from: from === undefined ? null : storedInstant(from),
      to: to === undefined ? now : storedInstant(to),
    });

  it('gives exactly what the reference computes from the rows, by repository and by route', async () => {
    const u = [...mine.urges].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
    const s = [...mine.sessions].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
    const periods: Array<[string | undefined, string | undefined]> = [
      [undefined, undefined],
      ['2026-01-01T00:00:00.000Z', undefined],
      [undefined, '2026-06-01T00:00:00.000Z'],
      // Bounds exactly on an urge and on a session: `from` keeps it, `to` leaves it out.
      [u[100]!.occurredAt, u[300]!.occurredAt],
      [s[20]!.startedAt, s[90]!.startedAt],
      // Another offset and sub-millisecond digits: the same instants as stored text.
      ['2025-12-01T02:00:00.000+02:00', '2026-03-01T00:00:00.0001Z'],
      // Past the clock: `to` includes the future rows the default leaves out.
      ['2026-11-01T00:00:00Z', '2026-12-31T00:00:00Z'],
      // Nothing in range.
      ['2010-01-01T00:00:00Z', '2010-02-01T00:00:00Z'],
      [u[50]!.occurredAt, u[50]!.occurredAt],
    ];
    for (const [from, to] of periods) {
      const want = expected(mine, from, to);
      const range = { from: from === undefined ? null : storedInstant(from), to: to === undefined ? now : storedInstant(to) };
      const fromRepo = buildInsights(await new InsightsRepo(h.database.db).reassuranceAggregates(meActor, range));
      expect(fromRepo, `repo ${from} → ${to}`).toEqual(want);

      const qs = new URLSearchParams({ ...(from && { from }), ...(to && { to }) }).toString();
      const res = await me.request('GET', `${URL}${qs ? `?${qs}` : ''}`);
      expect(res.status, `route ${from} → ${to}`).toBe(200);
      expect(res.body, `route ${from} → ${to}`).toEqual(want);
    }
  });

  it('sees real data: every action, both relief series, triggers and tools, and future urges only when asked', async () => {
    const all = await me.request('GET', URL);
    expect(all.body.urgeCount).toBeGreaterThan(300);
    expect(all.body.urgeCount).toBeLessThan(mine.urges.length);
    for (const a of URGE_ACTIONS) expect(all.body.byAction[a]).toBeGreaterThan(0);
    for (const series of [all.body.reliefDecay.sought, all.body.reliefDecay.other]) {
      for (const p of series) expect(p.n).toBeGreaterThan(0);
    }
    expect(all.body.triggers.map((t: { tag: string }) => t.tag).sort()).toEqual([...TAGS].sort());
    expect(all.body.tools).toHaveLength(TOOLS.length);
    const withFuture = await me.request('GET', `${URL}?to=2027-01-01T00:00:00Z`);
    expect(withFuture.body.urgeCount).toBe(mine.urges.length);
  });

  it('never counts another person’s data, and they never see mine', async () => {
    const theirsSeen = await other.request('GET', URL);
    expect(theirsSeen.body).toEqual(expected(theirs));
    const mineSeen = await me.request('GET', URL);
    expect(mineSeen.body).toEqual(expected(mine));
    expect(mineSeen.body.urgeCount).not.toBe(theirsSeen.body.urgeCount);
  });

  it('gives a newcomer zeros, nulls and the minimum, not an error', async () => {
    const newcomer = await signup(h.app);
    const r = await newcomer.request('GET', URL);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(expected({ urges: [], followUps: [], sessions: [] }));
    expect(r.body.minimum).toBe(5);
  });

  it('answers anonymous callers with 401', async () => {
    for (const url of [URL, `${URL}?from=not-a-date`]) {
      const r = await h.app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('names the field for a bad period with 400', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['from=2026-13-01T00:00:00Z', 'from'],
      ['to=2026-01-01', 'to'],
      ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['from=2030-01-01T00:00:00Z', 'from'],
      ['limit=5', 'limit'],
    ] as const) {
      const r = await me.request('GET', `${URL}?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(
        r.body.errors.map((e: { field: string }) => e.field),
        query,
      ).toContain(field);
    }
  });
});
