import type { CycleInsightsData } from './api.js';

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

const num = (x: number) => (Math.round(x * 100) / 100).toLocaleString('en');

function stats(t: Trend, unit: string): string {
  return `Sen’s slope ${num(t.senSlope)} ${unit} per cycle, ${pWords(t.p)}, n = ${t.n}`;
}

export interface TrendSentences {
  /** True when there is not enough yet to read any trend. */
  tooFew: boolean;
  escalating: boolean;
  sentences: string[];
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
      sentences: [
        `There isn’t enough yet to see a trend: that takes at least 4 cycles, and ${count === 0 ? 'none has come full circle so far' : `so far ${count === 1 ? 'one has' : `${count} have`} come full circle`}. That’s fine. Every moment you log makes the picture a little clearer.`,
      ],
    };
  }
  const sentences: string[] = [];
  const closer = data.reasons.find((r) => r.code === 'cycles-closer-together');
  const stronger = data.reasons.find((r) => r.code === 'cycles-more-intense');

  if (closer) {
    const t = closer.detail;
    sentences.push(
      `Your last ${t.n} cycles have been coming closer together (${hoursWords(t.senSlope)} sooner each time; ${stats(t, 'hours')}).`,
    );
  } else if (period) {
    sentences.push(
      period.senSlope > 0 && period.p < 0.05
        ? `Your last ${period.n} cycles have been spreading further apart (${hoursWords(period.senSlope)} later each time; ${stats(period, 'hours')}). That often means more calm in between.`
        : `How often the cycle comes back shows no clear change over your last ${period.n} cycles (${stats(period, 'hours')}).`,
    );
  }
  if (stronger) {
    const t = stronger.detail;
    sentences.push(
      `Their peaks have been getting stronger (about ${num(t.senSlope)} point${Math.abs(t.senSlope) === 1 ? '' : 's'} higher each time out of 10; ${stats(t, 'points')}).`,
    );
  } else if (intensity) {
    sentences.push(
      intensity.senSlope < 0 && intensity.p < 0.05
        ? `Their peaks have been getting gentler (about ${num(Math.abs(intensity.senSlope))} points lower each time; ${stats(intensity, 'points')}).`
        : `How intense they get shows no clear change over your last ${intensity.n} cycles (${stats(intensity, 'points')}).`,
    );
  }
  return { tooFew: false, escalating: data.escalating, sentences };
}
