import { describe, expect, it } from 'vitest';
import { feelsAlone, lonelyWithThinMap, oneSmallStep, thinMap, type BelongingInput } from './belonging.js';

const now = new Date('2026-11-21T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const person = (id: string, name: string, lastDays: number | null, createdDays = 100) => ({
  id,
  name,
  lastContactAt: lastDays === null ? null : daysAgo(lastDays),
  createdAt: daysAgo(createdDays),
});
const base: BelongingInput = { ucla3: { total: 7, at: daysAgo(3) }, people: [], recentInteractions: 0, reachOut: [], now };

describe('loneliness with a thin social map', () => {
  it('reads "often alone" from recent UCLA-3 answers at 6 or more, and never from old ones', () => {
    expect(feelsAlone({ total: 6, at: daysAgo(1) }, now)).toBe(true);
    expect(feelsAlone({ total: 5, at: daysAgo(1) }, now)).toBe(false);
    expect(feelsAlone({ total: 9, at: daysAgo(89) }, now)).toBe(true);
    expect(feelsAlone({ total: 9, at: daysAgo(91) }, now)).toBe(false);
    expect(feelsAlone(null, now)).toBe(false);
  });

  it('calls the map thin with fewer than three people or fewer than two contacts this month', () => {
    expect(thinMap(0, 0)).toBe(true);
    expect(thinMap(2, 10)).toBe(true);
    expect(thinMap(8, 1)).toBe(true);
    expect(thinMap(3, 2)).toBe(false);
  });

  it('suggests adding one person when the map is empty', () => {
    expect(lonelyWithThinMap(base)).toEqual({ kind: 'add-someone' });
  });

  it('names the first person on the reach-out list, else the one out of touch longest', () => {
    const people = [person('p1', 'Ana', 2), person('p2', 'Luis', 40), person('p3', 'Marta', null, 60)];
    expect(oneSmallStep({ people, reachOut: [] })).toEqual({ kind: 'reach-out', personId: 'p3', name: 'Marta' });
    const reachOut = [{ personId: 'p1', name: 'Ana', daysSinceContact: 2, rhythmDays: 1, overdueRatio: 2 }];
    expect(lonelyWithThinMap({ ...base, people, reachOut, recentInteractions: 1 })).toEqual({
      kind: 'reach-out',
      personId: 'p1',
      name: 'Ana',
    });
  });

  it('stays quiet when the map is full and lively, or the answers do not say alone', () => {
    const people = [person('p1', 'Ana', 2), person('p2', 'Luis', 4), person('p3', 'Marta', 6)];
    expect(lonelyWithThinMap({ ...base, people, recentInteractions: 3 })).toBeNull();
    expect(lonelyWithThinMap({ ...base, ucla3: { total: 4, at: daysAgo(3) } })).toBeNull();
    expect(lonelyWithThinMap({ ...base, ucla3: null })).toBeNull();
  });
});
