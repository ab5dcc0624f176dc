import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReassuranceInsights } from '../../contracts/reassurance/insights.js';
import { TOOLS } from '../../contracts/reassurance/tools.js';
import { URGE_ACTIONS } from '../../contracts/reassurance/urges.js';
import {
  buildInsights,
  insightsRange,
  MAX_WEEKS,
  mondayOf,
  RELIEF_MINUTES,
  storedInstant,
  weeklyCounts,
  type ReassuranceAggregates,
} from './insights.js';
import { insightsFromRows, type FollowUpRow, type ToolSessionRow, type UrgeRow } from './reference.js';

/**
 * What the repository's GROUP BY queries produce, written out over rows: the bridge that lets the
 * property below hold the aggregate path to the reference path without a database.
 */
function aggregate(
  urges: UrgeRow[],
  followUps: FollowUpRow[],
  sessions: ToolSessionRow[],
  range: { from?: string | null; to?: string | null } = {},
): ReassuranceAggregates {
  const inRange = (at: string) => (range.from == null || at >= range.from) && (range.to == null || at < range.to);
  const add = <T extends object>(m: Map<string, T>, key: string, init: T, f: (t: T) => void) => {
    const v = m.get(key) ?? init;
    f(v);
    m.set(key, v);
  };
  const actions = new Map<string, { action: string; count: number; rated: number; sumAnxietyBefore: number }>();
  const days = new Map<string, { localDate: string; count: number }>();
  const relief = new Map<string, { action: string; minutesAfter: number; count: number; sumAnxiety: number }>();
  const triggers = new Map<string, { tag: string; count: number; rated: number; sumIntensity: number }>();
  const tools = new Map<string, { tool: string; n: number; sumDrop: number; sumSquaresDrop: number }>();
  const kept = new Map(urges.filter((u) => inRange(u.occurredAt)).map((u) => [u.id, u]));
  for (const u of kept.values()) {
    add(
      actions,
      u.action,
      { action: u.action, count: 0, rated: 0, sumAnxietyBefore: 0 },
      (a) => ((a.count += 1), u.anxietyBefore !== null && ((a.rated += 1), (a.sumAnxietyBefore += u.anxietyBefore))),
    );
    add(days, u.localDate, { localDate: u.localDate, count: 0 }, (d) => (d.count += 1));
    for (const tag of new Set(u.triggers))
      add(
        triggers,
        tag,
        { tag, count: 0, rated: 0, sumIntensity: 0 },
        (t) => ((t.count += 1), u.intensity !== null && ((t.rated += 1), (t.sumIntensity += u.intensity))),
      );
  }
  for (const f of followUps) {
    const u = kept.get(f.urgeId);
    if (!u || f.minutesAfter < RELIEF_MINUTES.first || f.minutesAfter > RELIEF_MINUTES.last) continue;
    add(relief, `${u.action}|${f.minutesAfter}`, { action: u.action, minutesAfter: f.minutesAfter, count: 0, sumAnxiety: 0 }, (r) => {
      r.count += 1;
      r.sumAnxiety += f.anxiety;
    });
  }
  for (const s of sessions) {
    if (!inRange(s.startedAt)) continue;
    const d = s.distressBefore - s.distressAfter;
    add(
      tools,
      s.tool,
      { tool: s.tool, n: 0, sumDrop: 0, sumSquaresDrop: 0 },
      (t) => ((t.n += 1), (t.sumDrop += d), (t.sumSquaresDrop += d * d)),
    );
  }
  return {
    actions: [...actions.values()],
    days: [...days.values()],
    relief: [...relief.values()],
    triggers: [...triggers.values()],
    tools: [...tools.values()],
  };
}

// 2026-03-02 is a Monday (2026-01-01 was a Thursday; Jan 31 + Feb 28 days later, Mar 1 is a Sunday).
const at = (date: string) => `${date}T09:00:00.000Z`;
const urge = (id: string, date: string, action: string, intensity: number, anxietyBefore: number, triggers: string[]): UrgeRow => ({
  id,
  occurredAt: at(date),
  localDate: date,
  intensity,
  anxietyBefore,
  action,
  triggers,
});
const session = (tool: string, before: number, after: number, date = '2026-03-03'): ToolSessionRow => ({
  tool,
  startedAt: at(date),
  distressBefore: before,
  distressAfter: after,
});

const URGES = [
  urge('u1', '2026-03-02', 'sought', 8, 7, ['no reply', 'late']), // Monday
  urge('u2', '2026-03-04', 'delayed', 5, 6, ['no reply']), // Wednesday, same week
  urge('u3', '2026-03-17', 'soothed', 6, 5, ['late']), // Tuesday, two weeks on
  urge('u4', '2026-03-08', 'sought', 9, 8, []), // Sunday: still the week of Monday 03-02
];
const FOLLOW_UPS: FollowUpRow[] = [
  { urgeId: 'u1', minutesAfter: 30, anxiety: 3 },
  { urgeId: 'u1', minutesAfter: 120, anxiety: 6 },
  { urgeId: 'u4', minutesAfter: 15, anxiety: 4 },
  { urgeId: 'u4', minutesAfter: 10, anxiety: 9 }, // before any window: ignored
  { urgeId: 'u4', minutesAfter: 240, anxiety: 9 }, // after every window: ignored
  { urgeId: 'u2', minutesAfter: 60, anxiety: 5 },
  { urgeId: 'u3', minutesAfter: 61, anxiety: 2 },
  { urgeId: 'u3', minutesAfter: 180, anxiety: 1 },
];
const SESSIONS = [
  session('breathing', 7, 3), // drop 4
  session('breathing', 6, 4), // drop 2
  session('breathing', 5, 2), // drop 3
  session('grounding', 5, 5), // drop 0
  session('pmr', 6, 4), // drop 2
  session('pmr', 4, 2), // drop 2
  session('journal', 3, 1), // drop 2, one session
];

const EXPECTED: ReassuranceInsights = {
  urgeCount: 4,
  minimum: 5,
  byAction: { sought: 2, delayed: 1, soothed: 1, parked: 0, plan: 0 },
  // Week of 03-02: u1, u2, u4 = 3; week of 03-09: none; week of 03-16: u3.
  perWeek: [
    { weekStart: '2026-03-02', count: 3 },
    { weekStart: '2026-03-09', count: 0 },
    { weekStart: '2026-03-16', count: 1 },
  ],
  reliefDecay: {
    sought: [
      { minutesAfter: 0, meanAnxiety: 7.5, n: 2 }, // (7 + 8) / 2
      { minutesAfter: 30, meanAnxiety: 3.5, n: 2 }, // u1@30 = 3, u4@15 = 4 → 7 / 2
      { minutesAfter: 120, meanAnxiety: 6, n: 1 }, // u1@120 = 6
    ],
    other: [
      { minutesAfter: 0, meanAnxiety: 5.5, n: 2 }, // (6 + 5) / 2
      { minutesAfter: 30, meanAnxiety: 5, n: 1 }, // u2@60 = 5
      { minutesAfter: 120, meanAnxiety: 1.5, n: 2 }, // u3@61 = 2, u3@180 = 1 → 3 / 2
    ],
  },
  // Both tags twice; 'late' (8 + 6) / 2 = 7 beats 'no reply' (8 + 5) / 2 = 6.5.
  triggers: [
    { tag: 'late', count: 2, meanIntensity: 7, rated: 2 },
    { tag: 'no reply', count: 2, meanIntensity: 6.5, rated: 2 },
  ],
  tools: [
    // drops 4, 2, 3: mean 3, s = 1, half-width 4.302653 / √3 = 2.484138.
    { tool: 'breathing', n: 3, meanDrop: 3, ci95: [0.52, 5.48] },
    // pmr and journal both mean 2: more sessions first. pmr s = 0.
    { tool: 'pmr', n: 2, meanDrop: 2, ci95: [2, 2] },
    { tool: 'journal', n: 1, meanDrop: 2, ci95: null },
    { tool: 'grounding', n: 1, meanDrop: 0, ci95: null },
  ],
};

describe('reassurance insights, hand-computed', () => {
  it('gives the worked example by both paths', () => {
    expect(insightsFromRows(URGES, FOLLOW_UPS, SESSIONS)).toEqual(EXPECTED);
    expect(buildInsights(aggregate(URGES, FOLLOW_UPS, SESSIONS))).toEqual(EXPECTED);
    expect(ReassuranceInsights.parse(EXPECTED)).toEqual(EXPECTED);
  });

  it('keeps [from, to): the start counts, the end does not, and follow-ups go with their urge', () => {
    const range = { from: at('2026-03-04'), to: at('2026-03-17') };
    const r = buildInsights(aggregate(URGES, FOLLOW_UPS, SESSIONS, range));
    expect(r).toEqual(insightsFromRows(URGES, FOLLOW_UPS, SESSIONS, range));
    // u2 (on `from`) and u4 remain; u3 (on `to`) and u1 (before) do not.
    expect(r.byAction).toEqual({ sought: 1, delayed: 1, soothed: 0, parked: 0, plan: 0 });
    expect(r.perWeek).toEqual([{ weekStart: '2026-03-02', count: 2 }]);
    expect(r.reliefDecay.sought).toEqual([
      { minutesAfter: 0, meanAnxiety: 8, n: 1 },
      { minutesAfter: 30, meanAnxiety: 4, n: 1 },
      { minutesAfter: 120, meanAnxiety: null, n: 0 },
    ]);
    expect(r.triggers).toEqual([{ tag: 'no reply', count: 1, meanIntensity: 5, rated: 1 }]);
    // Every session was on 03-03, before the period.
    expect(r.tools).toEqual([]);
  });

  it('is all zeros and nulls, with every key, when there is nothing', () => {
    const empty = buildInsights({ actions: [], days: [], relief: [], triggers: [], tools: [] });
    expect(empty).toEqual(insightsFromRows([], [], []));
    expect(empty).toEqual({
      urgeCount: 0,
      minimum: 5,
      byAction: { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 },
      perWeek: [],
      reliefDecay: {
        sought: [0, 30, 120].map((minutesAfter) => ({ minutesAfter, meanAnxiety: null, n: 0 })),
        other: [0, 30, 120].map((minutesAfter) => ({ minutesAfter, meanAnxiety: null, n: 0 })),
      },
      triggers: [],
      tools: [],
    });
  });

  it('breaks trigger ties by tag and rounds means only at the end', () => {
    const urges = [
      urge('a', '2026-03-02', 'parked', 3, 3, ['b', 'a', 'c']),
      urge('b', '2026-03-02', 'parked', 4, 3, ['b', 'a', 'c']),
      urge('c', '2026-03-02', 'parked', 4, 3, ['c']),
    ];
    // a, b: 2 each, mean 3.5 → alphabetical. c: 3, (3 + 4 + 4) / 3 = 3.666… → 3.67.
    expect(buildInsights(aggregate(urges, [], [])).triggers).toEqual([
      { tag: 'c', count: 3, meanIntensity: 3.67, rated: 3 },
      { tag: 'a', count: 2, meanIntensity: 3.5, rated: 2 },
      { tag: 'b', count: 2, meanIntensity: 3.5, rated: 2 },
    ]);
  });

  it('adds up aggregates that repeat a key', () => {
    const r = buildInsights({
      actions: [
        { action: 'sought', count: 1, rated: 1, sumAnxietyBefore: 4 },
        { action: 'sought', count: 2, rated: 2, sumAnxietyBefore: 10 },
      ],
      days: [
        { localDate: '2026-03-02', count: 1 },
        { localDate: '2026-03-02', count: 2 },
      ],
      relief: [
        { action: 'plan', minutesAfter: 20, count: 1, sumAnxiety: 2 },
        { action: 'delayed', minutesAfter: 45, count: 1, sumAnxiety: 5 },
      ],
      triggers: [],
      tools: [
        { tool: 'pmr', n: 1, sumDrop: 2, sumSquaresDrop: 4 },
        { tool: 'pmr', n: 1, sumDrop: 4, sumSquaresDrop: 16 },
        { tool: 'hypnosis', n: 9, sumDrop: 9, sumSquaresDrop: 9 }, // unknown: left out
      ],
    });
    expect(r.urgeCount).toBe(3);
    expect(r.reliefDecay.sought[0]).toEqual({ minutesAfter: 0, meanAnxiety: 4.67, n: 3 }); // 14 / 3
    expect(r.reliefDecay.other[1]).toEqual({ minutesAfter: 30, meanAnxiety: 3.5, n: 2 }); // (2 + 5) / 2
    expect(r.perWeek).toEqual([{ weekStart: '2026-03-02', count: 3 }]);
    // drops 2, 4: mean 3, s = √2, half = 12.706205 · √2 / √2 = 12.706205.
    expect(r.tools).toEqual([{ tool: 'pmr', n: 2, meanDrop: 3, ci95: [-9.71, 15.71] }]);
  });
});

describe('weeks', () => {
  it('finds the Monday of any day', () => {
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('1970-01-01')).toBe('1969-12-29'); // a Thursday
    expect(mondayOf('2024-03-01')).toBe('2024-02-26'); // across a leap day
    expect(mondayOf('2021-01-03')).toBe('2020-12-28'); // across a year
  });

  it(`keeps the last ${MAX_WEEKS} weeks`, () => {
    // 600 weeks of one urge each, Monday 2010-01-04 onwards.
    const days = Array.from({ length: 600 }, (_, i) => ({
      localDate: new Date(Date.UTC(2010, 0, 4 + 7 * i)).toISOString().slice(0, 10),
      count: 1,
    }));
    const weeks = weeklyCounts(days);
    expect(weeks).toHaveLength(MAX_WEEKS);
    expect(weeks[0]!.weekStart).toBe(days[80]!.localDate);
    expect(weeks.at(-1)!.weekStart).toBe(days[599]!.localDate);
  });
});

describe('period', () => {
  const now = new Date('2026-11-21T10:00:00.000Z');
  it('normalizes bounds to stored text, rounding sub-millisecond digits up', () => {
    expect(storedInstant('2026-01-01T02:00:00+02:00')).toBe('2026-01-01T00:00:00.000Z');
    expect(storedInstant('2026-01-01T00:00:00.1231Z')).toBe('2026-01-01T00:00:00.124Z');
    expect(storedInstant('2026-01-01T00:00:00.1230000Z')).toBe('2026-01-01T00:00:00.123Z');
    expect(storedInstant('9999-12-31T23:00:00-05:00')).toBe('9999-12-31T23:59:59.999Z');
    expect(insightsRange({}, now)).toEqual({ ok: true, range: { from: null, to: '2026-11-21T10:00:00.000Z' } });
    expect(insightsRange({ from: '2026-11-21T10:00:00Z' }, now)).toMatchObject({ ok: true });
    expect(insightsRange({ from: '2026-11-22T00:00:00Z' }, now)).toMatchObject({ ok: false, field: 'from' });
    expect(insightsRange({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, now)).toMatchObject({ ok: false, field: 'from' });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random rows
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const BASE = Date.UTC(2020, 0, 1);
const TAGS = ['no reply', 'late', 'tone', 'ex', 'work', 'alone'];

const rowsArb = (spanDays: number) =>
  fc
    .record({
      urges: fc.array(
        fc.record({
          minute: fc.integer({ min: 0, max: spanDays * 1440 }),
          // null: a skipped rating, which counts the urge but is no value in a mean.
          intensity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 4 }),
          anxietyBefore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 4 }),
          action: fc.constantFrom(...URGE_ACTIONS),
          triggers: fc.subarray(TAGS),
          // Time zones put the local day up to a day either side of the UTC one.
          zoneShift: fc.integer({ min: -1, max: 1 }),
        }),
        { maxLength: 60 },
      ),
      followUps: fc.array(
        fc.record({ index: fc.nat(), minutesAfter: fc.integer({ min: 0, max: 300 }), anxiety: fc.integer({ min: 0, max: 10 }) }),
        { maxLength: 120 },
      ),
      sessions: fc.array(
        fc.record({
          minute: fc.integer({ min: 0, max: spanDays * 1440 }),
          tool: fc.constantFrom(...TOOLS),
          distressBefore: fc.integer({ min: 0, max: 10 }),
          distressAfter: fc.integer({ min: 0, max: 10 }),
        }),
        { maxLength: 60 },
      ),
      from: fc.option(fc.integer({ min: 0, max: spanDays * 1440 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 0, max: spanDays * 1440 }), { nil: undefined }),
    })
    .map((r) => {
      const iso = (minute: number) => new Date(BASE + minute * 60_000).toISOString();
      const urges: UrgeRow[] = r.urges.map((u, i) => ({
        id: `u${i}`,
        occurredAt: iso(u.minute),
        localDate: new Date(BASE + u.minute * 60_000 + u.zoneShift * DAY).toISOString().slice(0, 10),
        intensity: u.intensity,
        anxietyBefore: u.anxietyBefore,
        action: u.action,
        triggers: u.triggers,
      }));
      const followUps: FollowUpRow[] = urges.length
        ? r.followUps.map((f) => ({ urgeId: `u${f.index % urges.length}`, minutesAfter: f.minutesAfter, anxiety: f.anxiety }))
        : [];
      const sessions: ToolSessionRow[] = r.sessions.map((s) => ({
        tool: s.tool,
        startedAt: iso(s.minute),
        distressBefore: s.distressBefore,
        distressAfter: s.distressAfter,
      }));
      const range = { from: r.from === undefined ? null : iso(r.from), to: r.to === undefined ? null : iso(r.to) };
      return { urges, followUps, sessions, range };
    });

describe('reassurance insights, properties', () => {
  it('the aggregate path equals the reference path, and the output fits the contract', () => {
    fc.assert(
      fc.property(rowsArb(3 * 365), ({ urges, followUps, sessions, range }) => {
        const fromAggregates = buildInsights(aggregate(urges, followUps, sessions, range));
        expect(fromAggregates).toEqual(insightsFromRows(urges, followUps, sessions, range));
        expect(ReassuranceInsights.parse(fromAggregates)).toEqual(fromAggregates);
      }),
      { numRuns: 300 },
    );
  });

  it('byAction and perWeek each add up to urgeCount; relief has its three points', () => {
    fc.assert(
      fc.property(rowsArb(3 * 365), ({ urges, followUps, sessions, range }) => {
        const r = buildInsights(aggregate(urges, followUps, sessions, range));
        expect(Object.values(r.byAction).reduce((a, b) => a + b, 0)).toBe(r.urgeCount);
        // Three years of data is well within the 520-week cap.
        expect(r.perWeek.reduce((a, w) => a + w.count, 0)).toBe(r.urgeCount);
        for (const [i, w] of r.perWeek.entries()) {
          expect(mondayOf(w.weekStart)).toBe(w.weekStart);
          if (i > 0) expect(Date.parse(w.weekStart) - Date.parse(r.perWeek[i - 1]!.weekStart)).toBe(7 * DAY);
        }
        for (const series of [r.reliefDecay.sought, r.reliefDecay.other]) {
          expect(series.map((p) => p.minutesAfter)).toEqual([0, 30, 120]);
          for (const p of series) expect(p.meanAnxiety === null).toBe(p.n === 0);
        }
        // The point at the urge counts the rated anxieties only: a skipped rating is no 0 and no 5.
        const inRange = urges.filter(
          (u) => (range.from == null || u.occurredAt >= range.from) && (range.to == null || u.occurredAt < range.to),
        );
        expect(r.reliefDecay.sought[0]!.n).toBe(inRange.filter((u) => u.action === 'sought' && u.anxietyBefore !== null).length);
        expect(r.reliefDecay.sought[0]!.n).toBeLessThanOrEqual(r.byAction.sought);
      }),
      { numRuns: 300 },
    );
  });

  it('perWeek beyond the cap holds exactly the urges of the last 520 weeks', () => {
    fc.assert(
      fc.property(rowsArb(15 * 365), ({ urges }) => {
        const r = buildInsights(aggregate(urges, [], []));
        expect(r.perWeek.length).toBeLessThanOrEqual(MAX_WEEKS);
        const first = r.perWeek[0]?.weekStart ?? '9999-12-31';
        const inSeries = urges.filter((u) => mondayOf(u.localDate) >= first).length;
        expect(r.perWeek.reduce((a, w) => a + w.count, 0)).toBe(inSeries);
        if (r.perWeek.length < MAX_WEEKS) expect(inSeries).toBe(r.urgeCount);
      }),
      { numRuns: 200 },
    );
  });

  it('meanDrop stays within −10…10, its interval contains it, and tools are ordered', () => {
    fc.assert(
      fc.property(rowsArb(365), ({ sessions }) => {
        const r = buildInsights(aggregate([], [], sessions));
        expect(r.tools.reduce((a, t) => a + t.n, 0)).toBe(sessions.length);
        for (const [i, t] of r.tools.entries()) {
          expect(t.meanDrop).toBeGreaterThanOrEqual(-10);
          expect(t.meanDrop).toBeLessThanOrEqual(10);
          if (t.n < 2) expect(t.ci95).toBeNull();
          else {
            expect(t.ci95![0]).toBeLessThanOrEqual(t.meanDrop);
            expect(t.ci95![1]).toBeGreaterThanOrEqual(t.meanDrop);
          }
          const prev = r.tools[i - 1];
          // Sorted on exact means, so the rounded ones never go up.
          if (prev) expect(prev.meanDrop).toBeGreaterThanOrEqual(t.meanDrop);
        }
      }),
      { numRuns: 300 },
    );
  });
});
