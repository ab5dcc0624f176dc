import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breadth } from './breadth.js';
import { reachOutList, type RhythmPerson } from './reach-out.js';
import { reciprocity, type ReciprocityInteraction } from './reciprocity.js';

const now = new Date('2026-11-21T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const person = (over: Partial<RhythmPerson>): RhythmPerson => ({
  id: over.name ?? 'x',
  name: 'Sam',
  rhythmDays: 7,
  lastContactAt: null,
  createdAt: daysAgo(100),
  snoozedUntil: null,
  ...over,
});

describe('reach-out list', () => {
  it('orders by how far past their rhythm people are, from three quarters of it on', () => {
    const list = reachOutList(
      [
        person({ name: 'Ana', rhythmDays: 7, lastContactAt: daysAgo(14) }), // 2.0
        person({ name: 'Bo', rhythmDays: 30, lastContactAt: daysAgo(45) }), // 1.5
        person({ name: 'Cy', rhythmDays: 14, lastContactAt: daysAgo(11) }), // 0.79: soon
        person({ name: 'Di', rhythmDays: 14, lastContactAt: daysAgo(10) }), // 0.71: not yet
        person({ name: 'Ed', rhythmDays: null, lastContactAt: daysAgo(400) }), // no rhythm: never
        person({ name: 'Fi', rhythmDays: 7, lastContactAt: daysAgo(30), snoozedUntil: daysAgo(-2) }), // resting
        person({ name: 'Gu', rhythmDays: 7, lastContactAt: null, createdAt: daysAgo(7) }), // new, counts from added
      ],
      now,
    );
    expect(list.map((p) => [p.name, p.overdueRatio])).toEqual([
      ['Ana', 2],
      ['Bo', 1.5],
      ['Gu', 1],
      ['Cy', 0.79],
    ]);
    expect(list[0]).toMatchObject({ daysSinceContact: 14, rhythmDays: 7 });
  });

  it('drops someone at once after contact, and always sorts by ratio', () => {
    expect(reachOutList([person({ lastContactAt: now.toISOString() })], now)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 200 })), { maxLength: 30 }), (rows) => {
        const list = reachOutList(
          rows.map(([rhythm, ago], i) => person({ id: String(i), name: `P${i}`, rhythmDays: rhythm, lastContactAt: daysAgo(ago) })),
          now,
        );
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.overdueRatio).toBeGreaterThanOrEqual(list[i]!.overdueRatio);
        for (const p of list) expect(p.overdueRatio).toBeGreaterThanOrEqual(0.75);
      }),
    );
  });
  it('never lists someone without a rhythm or resting under a snooze, and lists each person at most once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rhythm: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
            ago: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
            snoozeIn: fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const people = rows.map((r, i) =>
            person({
              id: `p${i}`,
              name: `P${i}`,
              rhythmDays: r.rhythm,
              lastContactAt: r.ago === null ? null : daysAgo(r.ago),
              snoozedUntil: r.snoozeIn === null ? null : daysAgo(-r.snoozeIn),
            }),
          );
          const list = reachOutList(people, now);
          const byId = new Map(people.map((p) => [p.id, p]));
          expect(new Set(list.map((p) => p.personId)).size).toBe(list.length);
          for (const item of list) {
            const p = byId.get(item.personId)!;
            expect(p.rhythmDays).not.toBeNull();
            if (p.snoozedUntil !== null) expect(Date.parse(p.snoozedUntil)).toBeLessThanOrEqual(now.getTime());
            expect(item.rhythmDays).toBe(p.rhythmDays);
          }
          for (let i = 1; i < list.length; i++) expect(list[i - 1]!.overdueRatio).toBeGreaterThanOrEqual(list[i]!.overdueRatio);
        },
      ),
    );
  });
});

const meet = (initiatedBy: ReciprocityInteraction['initiatedBy'], over: Partial<ReciprocityInteraction> = {}): ReciprocityInteraction => ({
  initiatedBy,
  gave: false,
  received: false,
  warmth: 4,
  support: 3,
  ...over,
});

describe('reciprocity', () => {
  it('counts who starts, who helps, and the mean warmth and support', () => {
    const r = reciprocity([meet('me'), meet('them', { warmth: 5, gave: true }), meet('mutual', { received: true, support: 5 })], 'Ana');
    expect(r).toMatchObject({ n: 3, initiated: { me: 1, them: 1, mutual: 1 }, myShareOfStarts: 0.5, help: { gave: 1, received: 1 } });
    expect(r.meanWarmth).toBe(4.33);
    expect(r.meanSupport).toBe(3.67);
    expect(r.notes).toEqual([]);
  });

  it('notes a lean either way once there is enough to go on, kindly', () => {
    const mostlyMe = reciprocity([...Array(4)].map(() => meet('me')).concat(meet('mutual')), 'Ana');
    expect(mostlyMe.notes.map((n) => n.code)).toEqual(['mostly-me']);
    expect(mostlyMe.notes[0]!.text).toContain('Ana');
    expect(
      reciprocity(
        [...Array(5)].map(() => meet('them')),
        'Bo',
      ).notes.map((n) => n.code),
    ).toEqual(['mostly-them']);
    expect(reciprocity([meet('me'), meet('me'), meet('me'), meet('me')], 'Cy').notes).toEqual([]);
  });

  it('counts only giving as one-sided too: receiving is part of reciprocity', () => {
    const giving = reciprocity(
      [...Array(5)].map((_, i) => meet(i % 2 ? 'me' : 'them', { gave: true })),
      'Di',
    );
    expect(giving.notes.map((n) => n.code)).toEqual(['only-giving']);
    const receiving = reciprocity(
      [...Array(5)].map((_, i) => meet(i % 2 ? 'me' : 'them', { received: true })),
      'Ed',
    );
    expect(receiving.notes.map((n) => n.code)).toEqual(['only-receiving']);
  });

  it('keeps shares within [0, 1] and counts adding up', () => {
    const side = fc.constantFrom<ReciprocityInteraction['initiatedBy']>('me', 'them', 'mutual');
    fc.assert(
      fc.property(fc.array(fc.tuple(side, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }), (rows) => {
        const r = reciprocity(
          rows.map(([s, gave, received, w]) => meet(s, { gave, received, warmth: w })),
          'X',
        );
        expect(r.initiated.me + r.initiated.them + r.initiated.mutual).toBe(rows.length);
        if (r.myShareOfStarts !== null) expect(r.myShareOfStarts >= 0 && r.myShareOfStarts <= 1).toBe(true);
        if (r.meanWarmth !== null) expect(r.meanWarmth >= 1 && r.meanWarmth <= 5).toBe(true);
        expect(r.n).toBe(rows.length);
        expect(r.help.gave).toBeLessThanOrEqual(r.n);
        expect(r.help.received).toBeLessThanOrEqual(r.n);
        if (r.n === 0) expect([r.myShareOfStarts, r.meanWarmth, r.meanSupport]).toEqual([null, null, null]);
      }),
    );
  });
});

describe('breadth', () => {
  it('is 1 when contact spreads evenly, lower when it bunches, and undefined for one context', () => {
    expect(breadth({ family: 3, friends: 3, work: 3 })).toEqual({ contexts: 3, evenness: 1 });
    // Shares 0.9 / 0.1: H = 0.325, ln 2 = 0.693 → 0.469.
    expect(breadth({ family: 9, work: 1, online: 0 })).toEqual({ contexts: 2, evenness: 0.469 });
    expect(breadth({ family: 5 })).toEqual({ contexts: 1, evenness: null });
    expect(breadth({})).toEqual({ contexts: 0, evenness: null });
  });
});
