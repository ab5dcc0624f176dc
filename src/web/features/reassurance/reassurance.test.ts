import { describe, expect, it } from 'vitest';
import type { ReassuranceInsights } from '../../../contracts/reassurance/insights.js';
import type { Urge } from '../../../contracts/reassurance/urges.js';
import { i18n } from '../../i18n/i18n.js';
import { takeaways } from './insights/takeaways.js';
import { PATTERNS, breathAt, cycleSeconds } from './tools/BreathingPage.js';
import { findAsk } from './urges/FollowUpPrompt.js';
import { minutesSince } from './urges/pauses.js';

const NOW = Date.parse('2026-11-18T12:00:00Z');
// The takeaways' English source words, whatever language the test browser reports.
const t = i18n.getFixedT('en', 'insights');

function urge(minutesAgo: number, followUps: number[] = [], action: Urge['action'] = 'sought'): Urge {
  const at = new Date(NOW - minutesAgo * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(minutesAgo).padStart(12, '0')}`,
    occurredAt: at,
    intensity: 5,
    anxietyBefore: 6,
    triggers: [],
    wantedTo: null,
    action,
    delayMinutes: null,
    note: null,
    followUps: followUps.map((m, i) => ({ id: `f${i}`, minutesAfter: m, anxiety: 4, createdAt: at })),
    createdAt: at,
    updatedAt: at,
  };
}

describe('the relief check-in', () => {
  it('asks about half an hour after an urge, then about two hours after, once each', () => {
    expect(findAsk([urge(10)], new Set(), NOW)).toBeNull();
    expect(findAsk([urge(40)], new Set(), NOW)?.point).toBe(30);
    expect(findAsk([urge(40, [35])], new Set(), NOW)).toBeNull();
    expect(findAsk([urge(100, [35])], new Set(), NOW)?.point).toBe(120);
    expect(findAsk([urge(200)], new Set(), NOW)).toBeNull();
  });

  it('never asks again about a moment the person dismissed', () => {
    const u = urge(40);
    expect(findAsk([u], new Set([`${u.id}:30`]), NOW)).toBeNull();
  });

  it('counts minutes after the urge, within the contract’s bounds', () => {
    expect(minutesSince(new Date(NOW - 5 * 60_000 - 20_000).toISOString(), NOW)).toBe(5);
    expect(minutesSince(new Date(NOW + 60_000).toISOString(), NOW)).toBe(0);
    expect(minutesSince(new Date(NOW - 3 * 86_400_000).toISOString(), NOW)).toBe(1440);
  });
});

describe('breathing patterns', () => {
  it('resonance breathing is about 5.5 breaths a minute', () => {
    const resonance = PATTERNS.find((p) => p.id === 'resonance')!;
    expect(60 / cycleSeconds(resonance)).toBeCloseTo(5.5, 5);
  });

  it('walks through 4-7-8 and ends after whole breaths', () => {
    const p = PATTERNS.find((x) => x.id === '4-7-8')!;
    expect(breathAt(p, 1, 0).step[0]).toBe('in');
    expect(breathAt(p, 1, 5).step[0]).toBe('hold');
    expect(breathAt(p, 1, 12).step[0]).toBe('out');
    const { total } = breathAt(p, 1, 0);
    expect(total % cycleSeconds(p)).toBe(0);
    expect(breathAt(p, 1, total).done).toBe(true);
  });
});

describe('takeaways', () => {
  const empty: ReassuranceInsights = {
    urgeCount: 0,
    minimum: 5,
    byAction: { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 },
    perWeek: [],
    reliefDecay: { sought: [], other: [] },
    triggers: [],
    tools: [],
  };

  it('says something kind even with no data, and never guesses', () => {
    expect(takeaways(empty, [], 'UTC', t, new Date(NOW))).toEqual([
      'Every urge you log adds to this picture. There’s no right number, and no wrong one.',
    ]);
  });

  it('praises pauses this week and does not count asking against anyone', () => {
    const urges = [urge(60, [], 'delayed'), urge(120, [], 'soothed'), urge(180, [], 'sought')];
    const lines = takeaways({ ...empty, urgeCount: 3 }, urges, 'UTC', t, new Date(NOW));
    expect(lines[0]).toBe('You paused twice this week. That’s the skill growing.');
    expect(lines.join(' ')).not.toMatch(/fail|only|should|bad/i);
  });

  it('leaves out tools below the minimum', () => {
    const ins = { ...empty, tools: [{ tool: 'breathing' as const, n: 4, meanDrop: 3, ci95: [1, 5] as [number, number] }] };
    expect(takeaways(ins, [], 'UTC', t, new Date(NOW)).join(' ')).not.toContain('Paced breathing');
  });
});
