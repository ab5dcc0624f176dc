import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.js';
import { hoursWords, pWords, trendSentences } from './words.js';

const t = i18n.getFixedT('en', 'cycles');
const es = i18n.getFixedT('es', 'cycles');

const cycle = { start: '2026-01-01T00:00:00Z', end: '2026-01-01T05:00:00Z', durationHours: 5, periodHours: 40, peakIntensity: 6 };

describe('cycle trend words', () => {
  it('says kindly when there is not enough yet', () => {
    const out = trendSentences(
      {
        cycles: [cycle],
        openCycle: null,
        trend: { period: null, intensity: null },
        escalating: false,
        reasons: [],
      },
      t,
    );
    expect(out.tooFew).toBe(true);
    expect(out.sentences[0]).toMatch(/isn’t enough yet to see a trend/);
    expect(out.sentences[0]).toMatch(/one has come full circle/);
  });

  it('names an escalation with its numbers', () => {
    const detail = { n: 8, senSlope: -6.2, p: 0.0123 };
    const out = trendSentences(
      {
        cycles: Array(9).fill(cycle),
        openCycle: null,
        trend: { period: detail, intensity: { n: 9, senSlope: 0, p: 0.8 } },
        escalating: true,
        reasons: [{ code: 'cycles-closer-together', detail }],
      },
      t,
    );
    expect(out.escalating).toBe(true);
    expect(out.sentences[0]).toBe('Your last 8 cycles have been coming closer together, about 6 hours sooner each time.');
    expect(out.sentences[1]).toBe('How strong they get hasn’t clearly changed over your last 9 cycles.');
    expect(out.workings.join(' ')).toMatch(/Sen’s slope\). A Mann–Kendall test gives p = 0.01/);
  });

  it('keeps statistics words out of the sentences people read first', () => {
    const detail = { n: 8, senSlope: 7, p: 0.02 };
    const out = trendSentences(
      {
        cycles: Array(9).fill(cycle),
        openCycle: null,
        trend: { period: detail, intensity: { n: 9, senSlope: -0.6, p: 0.01 } },
        escalating: false,
        reasons: [],
      },
      t,
    );
    expect(out.sentences).toEqual([
      'Your last 8 cycles have been spreading further apart, about 7 hours later each time. That often means more calm in between.',
      'Their peaks have been getting gentler, about 0.6 points lower out of 10 each time.',
    ]);
    for (const s of out.sentences) expect(s).not.toMatch(/Sen’s|Mann|slope|p = |p < |n = |interval/);
    expect(out.workings).toHaveLength(2);
  });

  it('reads hours and p-values plainly', () => {
    expect(hoursWords(0.5, t)).toBe('about 30 minutes');
    expect(hoursWords(-1, t)).toBe('about 1 hour');
    expect(hoursWords(60, t)).toBe('about 2½ days');
    expect(pWords(0.0004)).toBe('p < 0.001');
    expect(pWords(0.2)).toBe('p = 0.20');
  });

  it('says the same in Spanish, with its own plurals', () => {
    expect(hoursWords(1, es)).toBe('alrededor de 1 hora');
    expect(hoursWords(0.5, es)).toBe('alrededor de 30 minutos');
    const out = trendSentences(
      { cycles: [], openCycle: null, trend: { period: null, intensity: null }, escalating: false, reasons: [] },
      es,
    );
    expect(out.sentences[0]).toMatch(/de momento ninguno se ha completado/);
  });
});
