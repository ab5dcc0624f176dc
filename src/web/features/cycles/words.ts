import type { CycleInsightsData } from './api.js';
import { formatLocale } from '../../i18n/i18n.js';

type Trend = NonNullable<CycleInsightsData['trend']['period']>;

/** 0.4 → "about 25 minutes", 6.2 → "about 6 hours", 60 → "about 2½ days" (rounded to halves). */
export function hoursWords(h: number): string {
  const abs = Math.abs(h);
  if (abs < 1 / 60) return 'under a minute';
  if (abs < 1) {
    const m = Math.max(1, Math.round(abs * 60));
    return `about ${m} minute${m === 1 ? '' : 's'}`;
  }
  if (abs < 48) {
    const r = Math.round(abs);
    return `about ${r} hour${r === 1 ? '' : 's'}`;
  }
  const days = Math.round((abs / 24) * 2) / 2;
  const whole = Math.floor(days);
  return `about ${whole}${days % 1 ? '½' : ''} days`;
}

/** p-values as people read them: "p = 0.01", and "p < 0.001" for the very small ones. */
export function pWords(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

const num = (x: number) => (Math.round(x * 100) / 100).toLocaleString(formatLocale());

/** The numbers behind one sentence, for the "How is this worked out?" disclosure only. */
function stats(t: Trend, what: string, unit: string): string {
  return `${what}: over the last ${t.n} cycles, the typical change from one cycle to the next was ${num(t.senSlope)} ${unit} (Sen’s slope). A Mann–Kendall test gives ${pWords(t.p)}; below 0.05 means a change this steady is unlikely to be chance.`;
}

export interface TrendSentences {
  /** True when there is not enough yet to read any trend. */
  tooFew: boolean;
  escalating: boolean;
  /** What the trend means, in plain words: no statistics. */
  sentences: string[];
  /** How it is worked out, statistics included; shown only behind a disclosure. */
  workings: string[];
}

/**
 * What the trend says, in calm words with the numbers behind them. Escalating only when the
 * server found it (a Mann–Kendall p below 0.05 in the worrying direction); otherwise it says
 * there is no clear change, or a change for the better.
 */
export function trendSentences(data: CycleInsightsData): TrendSentences {
  const { period, intensity } = data.trend;
  if (!period && !intensity) {
    const count = data.cycles.length;
    return {
      tooFew: true,
      escalating: false,
      workings: [],
      sentences: [
        `There isn’t enough yet to see a trend: that takes at least 4 cycles, and ${count === 0 ? 'none has come full circle so far' : `so far ${count === 1 ? 'one has' : `${count} have`} come full circle`}. That’s fine. Every moment you log makes the picture a little clearer.`,
      ],
    };
  }
  const sentences: string[] = [];
  const workings: string[] = [];
  if (period) workings.push(stats(period, 'Time between cycles', 'hours'));
  if (intensity) workings.push(stats(intensity, 'Peak intensity', 'points out of 10'));
  const closer = data.reasons.find((r) => r.code === 'cycles-closer-together');
  const stronger = data.reasons.find((r) => r.code === 'cycles-more-intense');

  if (closer) {
    const t = closer.detail;
    sentences.push(`Your last ${t.n} cycles have been coming closer together, ${hoursWords(t.senSlope)} sooner each time.`);
  } else if (period) {
    sentences.push(
      period.senSlope > 0 && period.p < 0.05
        ? `Your last ${period.n} cycles have been spreading further apart, ${hoursWords(period.senSlope)} later each time. That often means more calm in between.`
        : `Over your last ${period.n} cycles, how often the cycle comes back hasn’t clearly changed either way.`,
    );
  }
  if (stronger) {
    const t = stronger.detail;
    sentences.push(
      `Their peaks have been getting stronger, about ${num(t.senSlope)} point${Math.abs(t.senSlope) === 1 ? '' : 's'} higher out of 10 each time.`,
    );
  } else if (intensity) {
    sentences.push(
      intensity.senSlope < 0 && intensity.p < 0.05
        ? `Their peaks have been getting gentler, about ${num(Math.abs(intensity.senSlope))} points lower out of 10 each time.`
        : `How strong they get hasn’t clearly changed over your last ${intensity.n} cycles.`,
    );
  }
  return { tooFew: false, escalating: data.escalating, sentences, workings };
}
