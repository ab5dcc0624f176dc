import { describe, expect, it } from 'vitest';
import { buildSocialInsights, MAX_PERIOD_DAYS, socialPeriod, weekBuckets, type SocialAggregates } from './insights.js';

const now = new Date('2026-11-21T10:00:00.000Z');
const none: SocialAggregates = { weeks: [], kinds: [], contexts: [], people: [], invitations: [] };

describe('social period and weeks', () => {
  it('defaults to twelve Monday weeks in the person’s time zone, the last one partial', () => {
    const p = socialPeriod({}, now, 'America/New_York');
    if (!p.ok) throw new Error(p.message);
    // Monday 31 August 2026, 00:00 in New York (EDT, UTC−4).
    expect(p.period.from).toBe('2026-08-31T04:00:00.000Z');
    expect(p.period.weeks).toHaveLength(12);
    expect(p.period.weeks.at(-1)).toEqual({ weekStart: '2026-11-16', from: '2026-11-16T05:00:00.000Z', to: now.toISOString() });
  });

  it('cuts weeks at daylight-saving changes where the clocks do', () => {
    // London goes back an hour on Sunday 25 October 2026: the week it falls in is 169 hours long,
    // from Sunday 23:00 UTC (BST) to Sunday midnight UTC (GMT).
    const weeks = weekBuckets('2026-10-19T12:00:00.000Z', '2026-11-03T00:00:00.000Z', 'Europe/London');
    expect(weeks).toEqual([
      { weekStart: '2026-10-19', from: '2026-10-19T12:00:00.000Z', to: '2026-10-26T00:00:00.000Z' },
      { weekStart: '2026-10-26', from: '2026-10-26T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
      { weekStart: '2026-11-02', from: '2026-11-02T00:00:00.000Z', to: '2026-11-03T00:00:00.000Z' },
    ]);
  });

  it('names `from` when the period runs backwards or longer than two years', () => {
    expect(socialPeriod({ from: '2026-12-01T00:00:00Z' }, now, 'UTC')).toMatchObject({ ok: false, field: 'from' });
    expect(socialPeriod({ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, now, 'UTC')).toMatchObject({
      ok: false,
      field: 'from',
    });
    const to = '2026-11-01T00:00:00.000Z';
    const atMost = new Date(Date.parse(to) - MAX_PERIOD_DAYS * 86_400_000).toISOString();
    expect(socialPeriod({ from: atMost, to }, now, 'UTC').ok).toBe(true);
    expect(socialPeriod({ from: new Date(Date.parse(atMost) - 1).toISOString(), to }, now, 'UTC')).toMatchObject({
      ok: false,
      field: 'from',
    });
    expect(socialPeriod({ to: '1800-01-01T00:00:00Z' }, now, 'UTC')).toMatchObject({ ok: false, field: 'to' });
  });
});

describe('building the insights', () => {
  const period = (() => {
    const p = socialPeriod({}, now, 'UTC');
    if (!p.ok) throw new Error();
    return p.period;
  })();

  it('shows counts but no derived figures below the minimums', () => {
    const s = buildSocialInsights(period, {
      ...none,
      kinds: [{ channel: 'call', initiatedBy: 'me', n: 2, sumWarmth: 8, sumSupport: 6, gave: 1, received: 0 }],
      contexts: [{ context: 'family', n: 2, sumWarmth: 8, sumSupport: 6 }],
      invitations: [{ status: 'accepted', n: 4 }],
    });
    expect(s.interactions).toMatchObject({ n: 2, enoughData: false });
    expect(s.reciprocity).toMatchObject({ n: 2, enoughData: false, shares: null, help: { gave: 1, received: 0 } });
    expect(s.breadth).toMatchObject({ n: 2, enoughData: false, evenness: null, contexts: 1 });
    expect(s.invitations).toMatchObject({ n: 4, decided: 4, enoughData: false, acceptanceRate: null });
    expect(s.warmth.byChannel).toEqual([{ channel: 'call', n: 2, enoughData: false, meanWarmth: null, meanSupport: null }]);
  });

  it('ranks warmth exactly among groups with enough data, adds repeated keys, and skips unknown names', () => {
    const s = buildSocialInsights(period, {
      ...none,
      kinds: [
        { channel: 'call', initiatedBy: 'me', n: 3, sumWarmth: 12, sumSupport: 9, gave: 0, received: 0 },
        { channel: 'call', initiatedBy: 'them', n: 3, sumWarmth: 12, sumSupport: 9, gave: 0, received: 0 },
        { channel: 'video', initiatedBy: 'mutual', n: 200, sumWarmth: 801, sumSupport: 600, gave: 0, received: 0 },
        { channel: 'carrier-pigeon', initiatedBy: 'me', n: 1, sumWarmth: 5, sumSupport: 5, gave: 0, received: 0 },
      ],
    });
    // video 801/200 = 4.005 → 4.01 (exact half rounds up), above call's 4.
    expect(s.warmth.byChannel.map((r) => [r.channel, r.meanWarmth])).toEqual([
      ['video', 4.01],
      ['call', 4],
    ]);
    expect(s.warmth.enoughData).toBe(true);
    expect(s.interactions.n).toBe(207);
    expect(s.reciprocity.initiated).toEqual({ me: 4, them: 3, mutual: 200 });
  });
});
