import type { TFunction } from 'i18next';
import type { CycleInsightsData } from './api.js';
import { formatNumber } from '../../lib/dates.js';

type Trend = NonNullable<CycleInsightsData['trend']['period']>;
export type CyclesT = TFunction<'cycles'>;

/** 0.4 → "about 25 minutes", 6.2 → "about 6 hours", 60 → "about 2½ days" (rounded to halves). */
export function hoursWords(h: number, t: CyclesT): string {
  const abs = Math.abs(h);
  if (abs < 1 / 60) return t('insights.words.underMinute');
  if (abs < 1) return t('insights.words.minutes', { m: Math.max(1, Math.round(abs * 60)) });
  if (abs < 48) return t('insights.words.hours', { h: Math.round(abs) });
  const days = Math.round((abs / 24) * 2) / 2;
  const whole = Math.floor(days);
  return t('insights.words.days', { days: `${formatNumber(whole)}${days % 1 ? '½' : ''}` });
}

/** p-values as people read them: "p = 0.01", and "p < 0.001" for the very small ones (the person's decimal mark). */
export function pWords(p: number): string {
  if (p < 0.001) return `p < ${formatNumber(0.001)}`;
  const digits = p < 0.01 ? 3 : 2;
  return `p = ${formatNumber(p, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

const num = (x: number) => formatNumber(Math.round(x * 100) / 100);

/** The numbers behind one sentence, for the "How is this worked out?" disclosure only. */
function stats(tr: Trend, what: string, unit: 'hours' | 'points', t: CyclesT): string {
  return t('insights.words.stats', { what, n: tr.n, slope: num(tr.senSlope), unit, p: pWords(tr.p), limit: formatNumber(0.05) });
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
export function trendSentences(data: CycleInsightsData, t: CyclesT): TrendSentences {
  const { period, intensity } = data.trend;
  if (!period && !intensity) {
    return { tooFew: true, escalating: false, workings: [], sentences: [t('insights.words.tooFew', { count: data.cycles.length })] };
  }
  const sentences: string[] = [];
  const workings: string[] = [];
  if (period) workings.push(stats(period, t('insights.words.period'), 'hours', t));
  if (intensity) workings.push(stats(intensity, t('insights.words.intensity'), 'points', t));
  const closer = data.reasons.find((r) => r.code === 'cycles-closer-together');
  const stronger = data.reasons.find((r) => r.code === 'cycles-more-intense');

  if (closer) {
    const d = closer.detail;
    sentences.push(t('insights.words.closer', { n: d.n, amount: hoursWords(d.senSlope, t) }));
  } else if (period) {
    sentences.push(
      period.senSlope > 0 && period.p < 0.05
        ? t('insights.words.apart', { n: period.n, amount: hoursWords(period.senSlope, t) })
        : t('insights.words.periodSteady', { n: period.n }),
    );
  }
  // Rounded to hundredths before the message formats it in the person's language.
  const points = (x: number) => Math.round(Math.abs(x) * 100) / 100;
  if (stronger) {
    sentences.push(t('insights.words.stronger', { points: points(stronger.detail.senSlope) }));
  } else if (intensity) {
    sentences.push(
      intensity.senSlope < 0 && intensity.p < 0.05
        ? t('insights.words.gentler', { points: points(intensity.senSlope) })
        : t('insights.words.intensitySteady', { n: intensity.n }),
    );
  }
  return { tooFew: false, escalating: data.escalating, sentences, workings };
}
