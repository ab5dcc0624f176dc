import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosureProgression } from './disclosures.js';
import { feedbackExpiry, feedbackStatus, formAnswer, hashFeedbackToken, newFeedbackToken } from './feedback.js';
import { feedbackFormPage, feedbackThanksPage } from './feedback-page.js';
import { invitationSummary } from './invitations.js';
import { lonelinessTrend } from './loneliness.js';
import { practiceCounts } from './practices.js';

describe('invitation outcomes', () => {
  it('counts the rate over answered invitations by month, in the person’s time zone', () => {
    const s = invitationSummary(
      [
        { status: 'accepted', createdAt: '2026-10-31T23:30:00.000Z' }, // 1 November in Berlin
        { status: 'declined', createdAt: '2026-11-02T10:00:00.000Z' },
        { status: 'no-answer', createdAt: '2026-10-10T10:00:00.000Z' },
        { status: 'planned', createdAt: '2026-10-11T10:00:00.000Z' },
        { status: 'sent', createdAt: '2026-10-12T10:00:00.000Z' },
      ],
      'Europe/Berlin',
    );
    expect(s.byStatus).toEqual({ planned: 1, sent: 1, accepted: 1, declined: 1, noAnswer: 1 });
    expect(s.withOutcome).toBe(3);
    expect(s.acceptanceRate).toBe(0.33);
    expect(s.enoughData).toBe(true);
    expect(s.months).toEqual([
      { month: '2026-10', made: 3, accepted: 0, declined: 0, noAnswer: 1, acceptanceRate: 0 },
      { month: '2026-11', made: 2, accepted: 1, declined: 1, noAnswer: 0, acceptanceRate: 0.5 },
    ]);
    expect(s.note).toMatch(/timing and energy/);
  });

  it('says so plainly when there is nothing or too little to go on, and never speaks of rejection', () => {
    expect(invitationSummary([], 'UTC')).toMatchObject({ total: 0, acceptanceRate: null, enoughData: false, months: [] });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('planned', 'sent', 'accepted', 'declined', 'no-answer') as fc.Arbitrary<'planned'>),
        (statuses) => {
          const s = invitationSummary(
            statuses.map((status) => ({ status, createdAt: '2026-11-01T12:00:00.000Z' })),
            'UTC',
          );
          expect(s.note).not.toMatch(/reject|fail|ignored/i);
          if (s.acceptanceRate !== null) expect(s.acceptanceRate).toBeGreaterThanOrEqual(0);
          expect(s.months.reduce((a, m) => a + m.made, 0)).toBe(statuses.length);
        },
      ),
    );
  });
});

describe('practice counts', () => {
  it('counts days done in the last 7 and 30 days and all time, with nothing about missed days', () => {
    const c = practiceCounts(['2026-01-01', '2026-10-23', '2026-11-15', '2026-11-16', '2026-11-21'], '2026-11-21');
    expect(c).toEqual({
      last7: 3,
      last30: 4,
      allTime: 5,
      recentDays: ['2026-10-23', '2026-11-15', '2026-11-16', '2026-11-21'],
      doneToday: true,
    });
    expect(practiceCounts(['2026-10-22'], '2026-11-21')).toMatchObject({ last30: 0, allTime: 1, doneToday: false });
  });
});

describe('disclosure progression', () => {
  it('reports the highest level reached, steps and mean comfort per level, and the latest plan', () => {
    const p = disclosureProgression([
      { id: 'b', level: 'vulnerable', comfort: 2, nextStepPlan: 'later plan', createdAt: '2026-11-03T00:00:00.000Z' },
      { id: 'a', level: 'light', comfort: 5, nextStepPlan: null, createdAt: '2026-11-01T00:00:00.000Z' },
      { id: 'c', level: 'light', comfort: 4, nextStepPlan: 'first plan', createdAt: '2026-11-02T00:00:00.000Z' },
    ]);
    expect(p).toEqual({
      steps: 3,
      highestLevel: 'vulnerable',
      perLevel: { light: 2, personal: 0, vulnerable: 1 },
      meanComfort: 3.7,
      meanComfortPerLevel: { light: 4.5, personal: null, vulnerable: 2 },
      nextStepPlan: 'later plan',
    });
    expect(disclosureProgression([])).toMatchObject({ steps: 0, highestLevel: null, meanComfort: null, nextStepPlan: null });
  });
});

describe('UCLA-3 trend', () => {
  const pts = (...scores: number[]) => scores.map((score, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, score }));
  it('needs two months, then compares recent answers with earlier ones in plain words', () => {
    expect(lonelinessTrend(pts(7)).direction).toBeNull();
    expect(lonelinessTrend(pts(8, 6)).direction).toBe('lower');
    expect(lonelinessTrend(pts(5, 7)).direction).toBe('higher');
    expect(lonelinessTrend(pts(6, 6, 7, 6, 6)).direction).toBe('about-the-same');
    expect(lonelinessTrend(pts(9, 9, 8, 5, 5, 4)).direction).toBe('lower');
    for (const t of [lonelinessTrend(pts(3, 9)), lonelinessTrend(pts(9, 3)), lonelinessTrend(pts(5, 5))])
      expect(t.note).not.toMatch(/lonely person|disorder|diagnos|severe|clinical/i);
  });
});

describe('feedback links', () => {
  it('makes tokens of 192 random bits and hashes any string the same way', () => {
    const t = newFeedbackToken();
    expect(Buffer.from(t, 'base64url')).toHaveLength(24);
    expect(newFeedbackToken()).not.toBe(t);
    expect(hashFeedbackToken(t)).toBe(hashFeedbackToken(t));
    expect(hashFeedbackToken('../weird token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is pending until answered or expired', () => {
    const now = new Date('2026-11-21T10:00:00.000Z');
    const expiresAt = feedbackExpiry(now, 1);
    expect(feedbackStatus({ answeredAt: null, expiresAt }, now)).toBe('pending');
    expect(feedbackStatus({ answeredAt: null, expiresAt }, new Date(Date.parse(expiresAt)))).toBe('expired');
    expect(feedbackStatus({ answeredAt: now.toISOString(), expiresAt }, new Date('2027-01-01'))).toBe('answered');
  });

  it('reads blank optional form fields as left out', () => {
    expect(formAnswer({ supportive: 'yes', different: '  ', other: '' })).toEqual({ supportive: 'yes' });
    expect(formAnswer({})).toEqual({ supportive: '' });
  });

  it('escapes everything it shows and carries no script', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, text) => {
        const html = feedbackFormPage(name, 'tok"en<', { values: { supportive: text }, error: 'missing' });
        expect(html).not.toMatch(/<script/i);
        if (/[<>&"]/.test(name + text)) expect(html).not.toContain(`>${name}${text}<`);
      }),
    );
    const html = feedbackFormPage('<img src=x onerror=alert(1)>', 'abc');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(feedbackFormPage('A', 'tok"en<')).toContain('action="/f/tok%22en%3C"');
    expect(feedbackThanksPage(true)).toMatch(/someone you trust/);
    expect(feedbackThanksPage(false)).not.toMatch(/crisis/);
  });

  it('asks in Spanish for a visitor whose browser prefers it, escaping the same', () => {
    const html = feedbackFormPage('Ana <b>', 'abc', { locale: 'es', timeTogether: true, error: 'missing' });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Unas palabras para Ana &lt;b&gt;</title>');
    expect(html).toContain('A Ana &lt;b&gt; le gustó pasar tiempo contigo');
    expect(html).toContain('¿Qué te pareció un apoyo?');
    expect(html).toContain('<p role="alert"><strong>Escribe unas palabras sobre lo que te pareció un apoyo</strong></p>');
    expect(html).not.toMatch(/What felt|Send</);
    expect(feedbackFormPage('A', 'abc', { locale: 'es', error: 'too-long' })).toContain('menos de 2000 caracteres');
    expect(feedbackThanksPage(true, 'es')).toContain('línea de crisis');
  });
});
