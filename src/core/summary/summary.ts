/**
 * "Summary to bring": a print-friendly page a person can save as PDF and take to a first
 * appointment. Only the sections they picked are rendered; nothing else of theirs is read into it.
 * Every value is escaped: the page holds their own words.
 */
import escapeHtml from 'escape-html';
import type { Assessment } from '../../contracts/assessments.js';
import { INSTRUMENTS } from '../../contracts/instruments.js';
import type { ReassuranceInsights } from '../../contracts/insights.js';
import type { CycleInsights } from '../cycles/cycles.js';

import type { SUMMARY_SECTIONS } from '../../contracts/summary.js';

export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export interface SummaryGoal {
  title: string;
  weekStart: string;
  scope: string;
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
}

const e = (v: unknown) => escapeHtml(String(v));
const day = (iso: string) => iso.slice(0, 10);
const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

function cyclesSection(c: CycleInsights): string {
  const durations = c.cycles.map((x) => x.durationHours);
  const periods = c.cycles.flatMap((x) => (x.periodHours === null ? [] : [x.periodHours]));
  const rows = c.cycles
    .map(
      (x) =>
        `<tr><td>${e(day(x.start))}</td><td>${e(x.durationHours)}</td><td>${e(x.periodHours ?? '—')}</td><td>${e(x.peakIntensity)}</td></tr>`,
    )
    .join('');
  const trend = c.escalating
    ? `<p>Lately the cycle has been ${c.reasons
        .map((r) => (r.code === 'cycles-closer-together' ? 'coming round more often' : 'getting stronger at its peak'))
        .join(' and ')}.</p>
<details><summary>How is this worked out?</summary><p>${c.reasons
        .map(
          (r) =>
            `${r.code === 'cycles-closer-together' ? 'Time between cycles' : 'Peak intensity'}: across the last ${e(r.detail.n)} cycles, the typical change from one cycle to the next was ${e(r.detail.senSlope)} (Sen’s slope), and a Mann–Kendall test gives p = ${e(r.detail.p)}, so a change this steady is unlikely to be chance.`,
        )
        .join(' ')}</p></details>`
    : '<p>These entries show no clear sign of the cycle speeding up or growing stronger.</p>';
  return `<section><h2>Pursue–withdraw cycles</h2>
<p>${e(c.cycles.length)} complete cycle${c.cycles.length === 1 ? '' : 's'}${c.openCycle ? ', and one still open' : ''}. Mean length ${e(mean(durations) ?? '—')} hours; mean time between cycles ${e(mean(periods) ?? '—')} hours.</p>
${trend}
${rows ? `<table><thead><tr><th>Started</th><th>Hours</th><th>Hours to the next</th><th>Peak intensity</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
</section>`;
}

/** What each urge action means, in the words a reader outside the app understands. */
const ACTION_WORDS: Record<keyof ReassuranceInsights['byAction'], string> = {
  sought: 'Asked for reassurance',
  delayed: 'Waited first',
  soothed: 'Calmed themselves another way',
  parked: 'Kept it for an agreed check-in',
  plan: 'Followed their own plan',
};

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

function urgesSection(u: ReassuranceInsights): string {
  const actions = (Object.keys(ACTION_WORDS) as (keyof typeof ACTION_WORDS)[])
    .map((k) => `<li>${ACTION_WORDS[k]}: ${e(times(u.byAction[k]))}</li>`)
    .join('');
  const triggers = u.triggers
    .slice(0, 8)
    .map((t) => {
      // The average is over the strengths rated; a skipped one is left out, not counted as a number.
      const strength =
        t.meanIntensity === null
          ? 'strength not rated'
          : `with an average strength of ${e(t.meanIntensity)} out of 10${t.rated < t.count ? ` (rated ${e(times(t.rated))})` : ''}`;
      return `<li>${e(t.tag)}: ${e(times(t.count))}, ${strength}</li>`;
    })
    .join('');
  const relief = (series: ReassuranceInsights['reliefDecay']['sought']) =>
    series
      .map(
        (p) =>
          `${e(p.minutesAfter)} minutes later, ${p.meanAnxiety === null ? 'not enough entries yet' : `${e(p.meanAnxiety)} on average`} (from ${e(p.n)} ${p.n === 1 ? 'entry' : 'entries'})`,
      )
      .join('; ');
  return `<section><h2>Urges to seek reassurance</h2>
<p>${e(u.urgeCount)} urge${u.urgeCount === 1 ? '' : 's'} logged.</p>
<h3>What was done with them</h3><ul>${actions}</ul>
${triggers ? `<h3>Most frequent triggers</h3><ul>${triggers}</ul>` : ''}
<h3>Anxiety after the urge (0–10)</h3>
<p>After asking for reassurance: ${relief(u.reliefDecay.sought)}.</p>
<p>After waiting, soothing, parking or using the plan: ${relief(u.reliefDecay.other)}.</p>
</section>`;
}

function assessmentsSection(list: Assessment[]): string {
  if (list.length === 0) return '<section><h2>Questionnaires</h2><p>No questionnaires answered in this period.</p></section>';
  const rows = list
    .map((a) => {
      const inst = INSTRUMENTS[a.instrument];
      const result =
        a.total !== null
          ? `${e(a.total)}${a.band ? ` (${e(a.band)})` : ''}`
          : Object.entries(a.subscales ?? {})
              .map(([k, v]) => `${e(k)} ${e(v)}`)
              .join(', ');
      return `<tr><td>${e(day(a.createdAt))}</td><td>${e(inst.name)}</td><td>${result}</td></tr>`;
    })
    .join('');
  const sources = [...new Set(list.map((a) => a.instrument))].map((id) => `<li>${e(INSTRUMENTS[id].source)}</li>`).join('');
  return `<section><h2>Questionnaires</h2>
<p>These are screenings, not diagnoses.</p>
<table><thead><tr><th>Date</th><th>Questionnaire</th><th>Result</th></tr></thead><tbody>${rows}</tbody></table>
<h3>Sources</h3><ul class="sources">${sources}</ul>
</section>`;
}

function goalsSection(goals: SummaryGoal[]): string {
  if (goals.length === 0) return '<section><h2>Goals</h2><p>No goals in this period.</p></section>';
  const rows = goals
    .map((g) => `<tr><td>${e(g.weekStart)}</td><td>${e(g.title)}</td><td>${e(g.scope)}</td><td>${e(g.progress ?? '—')}</td></tr>`)
    .join('');
  return `<section><h2>Goals</h2><table><thead><tr><th>Week of</th><th>Goal</th><th>For</th><th>Progress</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderSummary(d: SummaryData): string {
  const period = `${d.from ? e(day(d.from)) : 'the beginning'} to ${e(day(d.to))}`;
  const parts: string[] = [];
  for (const s of d.sections) {
    if (s === 'cycles' && d.cycles) parts.push(cyclesSection(d.cycles));
    if (s === 'urges' && d.urges) parts.push(urgesSection(d.urges));
    if (s === 'assessments' && d.assessments) parts.push(assessmentsSection(d.assessments));
    if (s === 'goals' && d.goals) parts.push(goalsSection(d.goals));
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Steady summary</title><link rel="stylesheet" href="/summary.css"><script src="/summary.js" defer></script></head>
<body><main>
<h1>Steady summary</h1>
<p class="print-actions"><button type="button" id="print-summary">Print or save as PDF</button></p>
<p class="meta">For ${e(d.displayName)}, covering ${period}. Made on ${e(day(d.createdAt))}. You chose what this page holds; nothing else is in it.</p>
${parts.join('\n')}
<p class="footer">Written from the person’s own entries in Steady, a self-help app. It is not a clinical record.</p>
</main></body></html>`;
}
