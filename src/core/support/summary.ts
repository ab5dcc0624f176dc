/**
 * "Summary to bring": a print-friendly page a person can save as PDF and take to a first
 * appointment. Only the sections they picked are rendered; nothing else of theirs is read into it.
 * Every value is escaped: the page holds their own words. It is written in the language the person
 * chose for Steady; dates stay as YYYY-MM-DD, which reads the same in every language.
 */
import escapeHtml from 'escape-html';
import type { Assessment } from '../../contracts/support/assessments.js';
import { INSTRUMENTS } from '../../contracts/support/instruments.js';
import type { ReassuranceInsights } from '../../contracts/reassurance/insights.js';
import type { CycleInsights } from '../cycles/cycles.js';
import type { Locale } from '../../contracts/locale.js';
import { translator, type Translate } from '../i18n/messages.js';
import en from '../i18n/locales/en/summary.json' with { type: 'json' };
import es from '../i18n/locales/es/summary.json' with { type: 'json' };

import type { SUMMARY_SECTIONS } from '../../contracts/support/summary.js';

export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export interface SummaryGoal {
  title: string;
  weekStart: string;
  scope: 'personal' | 'joint';
  done: boolean;
  /** The person's latest note on it, if any. */
  progress: string | null;
}

export interface SummaryData {
  displayName: string;
  from: string | null;
  to: string;
  createdAt: string;
  sections: readonly SummarySection[];
  cycles?: CycleInsights;
  urges?: ReassuranceInsights;
  assessments?: Assessment[];
  goals?: SummaryGoal[];
  /** The two weekly ratings (from the weekly review or the reflection alone), oldest week first; never the words. */
  weeks?: Array<{ weekStart: string; drained: number | null; secure: number | null }>;
  locale?: Locale;
}

const e = (v: unknown) => escapeHtml(String(v));
const day = (iso: string) => iso.slice(0, 10);
const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/** The page's words and numbers in one language. Messages are formatted first and escaped whole. */
interface Words {
  t: Translate;
  /** A number as the language writes it ("6.5", "6,5"), every digit kept. */
  num: (x: number | null) => string;
  /** "a and b" / "a y b". */
  and: (parts: string[]) => string;
}

function wordsFor(locale: Locale): Words {
  const t = translator({ en, es }, locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return { t, num: (x) => (x === null ? t('none') : numbers.format(x)), and: (parts) => list.format(parts) };
}

function cyclesSection(c: CycleInsights, { t, num, and }: Words): string {
  const durations = c.cycles.map((x) => x.durationHours);
  const periods = c.cycles.flatMap((x) => (x.periodHours === null ? [] : [x.periodHours]));
  const rows = c.cycles
    .map(
      (x) =>
        `<tr><td>${e(day(x.start))}</td><td>${e(num(x.durationHours))}</td><td>${e(num(x.periodHours))}</td><td>${e(num(x.peakIntensity))}</td></tr>`,
    )
    .join('');
  const closer = (r: (typeof c.reasons)[number]) => r.code === 'cycles-closer-together';
  const trend = c.escalating
    ? `<p>${e(t('cycles.lately', { changes: and(c.reasons.map((r) => t(closer(r) ? 'cycles.closer' : 'cycles.stronger'))) }))}</p>
<details><summary>${e(t('cycles.how'))}</summary><p>${c.reasons
        .map((r) =>
          e(
            t('cycles.detail', {
              measure: t(closer(r) ? 'cycles.closerMeasure' : 'cycles.strongerMeasure'),
              n: num(r.detail.n),
              slope: num(r.detail.senSlope),
              p: num(r.detail.p),
            }),
          ),
        )
        .join(' ')}</p></details>`
    : `<p>${e(t('cycles.steady'))}</p>`;
  const count = t('cycles.count', {
    count: c.cycles.length,
    open: c.openCycle ? 'yes' : 'no',
    length: num(mean(durations)),
    between: num(mean(periods)),
  });
  const head = [t('cycles.started'), t('cycles.hours'), t('cycles.hoursToNext'), t('cycles.peak')].map((h) => `<th>${e(h)}</th>`).join('');
  return `<section><h2>${e(t('cycles.heading'))}</h2>
<p>${e(count)}</p>
${trend}
${rows ? `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>` : ''}
</section>`;
}

/** What each urge action means, in the words a reader outside the app understands. */
const ACTIONS = ['sought', 'delayed', 'soothed', 'parked', 'plan'] as const satisfies readonly (keyof ReassuranceInsights['byAction'])[];

function urgesSection(u: ReassuranceInsights, { t, num }: Words): string {
  const times = (n: number) => t('urges.times', { count: n });
  const actions = ACTIONS.map(
    (k) => `<li>${e(t('urges.action', { action: t(`urges.actions.${k}`), times: times(u.byAction[k]) }))}</li>`,
  ).join('');
  const triggers = u.triggers
    .slice(0, 8)
    .map((tr) => {
      // The average is over the strengths rated; a skipped one is left out, not counted as a number.
      const strength =
        tr.meanIntensity === null
          ? t('urges.notRated')
          : tr.rated < tr.count
            ? t('urges.strengthRated', { mean: num(tr.meanIntensity), times: times(tr.rated) })
            : t('urges.strength', { mean: num(tr.meanIntensity) });
      return `<li>${e(t('urges.trigger', { tag: tr.tag, times: times(tr.count), strength }))}</li>`;
    })
    .join('');
  const relief = (series: ReassuranceInsights['reliefDecay']['sought']) =>
    series
      .map((p) =>
        t('urges.point', {
          minutes: num(p.minutesAfter),
          value: p.meanAnxiety === null ? t('urges.notEnough') : t('urges.mean', { mean: num(p.meanAnxiety) }),
          n: p.n,
        }),
      )
      .join('; ');
  return `<section><h2>${e(t('urges.heading'))}</h2>
<p>${e(t('urges.count', { count: u.urgeCount }))}</p>
<h3>${e(t('urges.doneHeading'))}</h3><ul>${actions}</ul>
${triggers ? `<h3>${e(t('urges.triggersHeading'))}</h3><ul>${triggers}</ul>` : ''}
<h3>${e(t('urges.anxietyHeading'))}</h3>
<p>${e(t('urges.afterSought', { points: relief(u.reliefDecay.sought) }))}</p>
<p>${e(t('urges.afterOther', { points: relief(u.reliefDecay.other) }))}</p>
</section>`;
}

function assessmentsSection(list: Assessment[], { t, num }: Words): string {
  const heading = `<h2>${e(t('assessments.heading'))}</h2>`;
  if (list.length === 0) return `<section>${heading}<p>${e(t('assessments.none'))}</p></section>`;
  const rows = list
    .map((a) => {
      const inst = INSTRUMENTS[a.instrument];
      const result =
        a.total !== null
          ? `${e(num(a.total))}${a.band ? ` (${e(a.band)})` : ''}`
          : Object.entries(a.subscales ?? {})
              .map(([k, v]) => `${e(k)} ${e(num(v))}`)
              .join(', ');
      return `<tr><td>${e(day(a.createdAt))}</td><td class="instrument">${e(inst.name)}</td><td>${result}</td></tr>`;
    })
    .join('');
  const sources = [...new Set(list.map((a) => a.instrument))].map((id) => `<li>${e(INSTRUMENTS[id].source)}</li>`).join('');
  const head = [t('assessments.date'), t('assessments.questionnaire'), t('assessments.result')].map((h) => `<th>${e(h)}</th>`).join('');
  return `<section>${heading}
<p>${e(t('assessments.screenings'))}</p>
<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>
<h3>${e(t('assessments.sources'))}</h3><ul class="sources">${sources}</ul>
</section>`;
}

function goalsSection(goals: SummaryGoal[], { t }: Words): string {
  const heading = `<h2>${e(t('goals.heading'))}</h2>`;
  if (goals.length === 0) return `<section>${heading}<p>${e(t('goals.none'))}</p></section>`;
  const rows = goals
    .map((g) => {
      const progress = g.done ? t('goals.done') : (g.progress ?? t('none'));
      return `<tr><td>${e(g.weekStart)}</td><td>${e(g.title)}</td><td>${e(t(`goals.${g.scope}`))}</td><td>${e(progress)}</td></tr>`;
    })
    .join('');
  const head = [t('goals.weekOf'), t('goals.goal'), t('goals.for'), t('goals.progress')].map((h) => `<th>${e(h)}</th>`).join('');
  return `<section>${heading}<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function weeksSection(weeks: NonNullable<SummaryData['weeks']>, { t, num }: Words): string {
  const heading = `<h2>${e(t('weeks.heading'))}</h2><p>${e(t('weeks.lead'))}</p>`;
  if (weeks.length === 0) return `<section>${heading}<p>${e(t('weeks.none'))}</p></section>`;
  const rows = weeks.map((w) => `<tr><td>${e(w.weekStart)}</td><td>${e(num(w.drained))}</td><td>${e(num(w.secure))}</td></tr>`).join('');
  const head = [t('weeks.weekOf'), t('weeks.drained'), t('weeks.secure')].map((h) => `<th>${e(h)}</th>`).join('');
  return `<section>${heading}<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderSummary(d: SummaryData): string {
  const locale = d.locale ?? 'en';
  const words = wordsFor(locale);
  const { t } = words;
  const parts: string[] = [];
  for (const s of d.sections) {
    if (s === 'cycles' && d.cycles) parts.push(cyclesSection(d.cycles, words));
    if (s === 'urges' && d.urges) parts.push(urgesSection(d.urges, words));
    if (s === 'assessments' && d.assessments) parts.push(assessmentsSection(d.assessments, words));
    if (s === 'goals' && d.goals) parts.push(goalsSection(d.goals, words));
    if (s === 'weeks' && d.weeks) parts.push(weeksSection(d.weeks, words));
  }
  const meta = t('meta', {
    name: d.displayName,
    from: d.from ? day(d.from) : t('beginning'),
    to: day(d.to),
    made: day(d.createdAt),
  });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('title'))}</title><link rel="stylesheet" href="/summary.css"><script src="/summary.js" defer></script></head>
<body><main>
<h1>${e(t('title'))}</h1>
<p class="print-actions"><button type="button" id="print-summary">${e(t('print'))}</button></p>
<p class="meta">${e(meta)}</p>
${parts.join('\n')}
<p class="footer">${e(t('footer'))}</p>
</main></body></html>`;
}
