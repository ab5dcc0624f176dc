import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { ChartFigure, RankBars, WeekBars } from '../insights/charts.js';
import { PeopleLinks } from './PeopleLinks.js';
import type { SocialInsightsData } from './socialApi.js';
import { useSocialInsights } from './socialQueries.js';
import { CHANNEL_WORDS, CONTEXT_WORDS, plural } from './words.js';
import { formatLocale } from '../../i18n/i18n.js';

const PERIODS = [
  { weeks: 4, label: 'The last 4 weeks' },
  { weeks: 12, label: 'The last 12 weeks' },
  { weeks: 52, label: 'The last year' },
] as const;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const one = (x: number | null) => (x === null ? '—' : String(Math.round(x * 10) / 10));

/** What time with people has looked like: how often, how widely, who reaches out, and where the warmth is. */
export function SocialInsightsPage() {
  const [weeks, setWeeks] = useState<number>(12);
  const query = useSocialInsights(weeks);
  const state = loaded(query);
  return (
    <Page
      title="My connections over time"
      lead="Patterns from what you’ve logged: something to wonder about, never a grade."
      className="people social-insights"
    >
      <PeopleLinks />
      <div className="field">
        <label htmlFor="insights-period" className="field-label">
          Period
        </label>
        <select id="insights-period" className="input select input-auto" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.weeks} value={p.weeks}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' ? <Loading label="Gathering your insights…" /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {state.status === 'ready' ? <Insights data={state.data} /> : null}
    </Page>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])}>
            {r.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function weekLabel(day: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

function Insights({ data }: { data: SocialInsightsData }) {
  const notEnough = (b: { n: number; minimum: number }, what: string) =>
    `This shows once there are at least ${b.minimum} ${what} in the period; so far there ${b.n === 1 ? 'is' : 'are'} ${b.n}.`;
  const { interactions: i, breadth: b, reciprocity: r, invitations: inv, warmth: w } = data;
  const warmRows = [
    ...w.byContext.filter((x) => x.enoughData).map((x) => ({ key: `c-${x.context}`, label: CONTEXT_WORDS[x.context], ...x })),
    ...w.byChannel.filter((x) => x.enoughData).map((x) => ({ key: `h-${x.channel}`, label: CHANNEL_WORDS[x.channel], ...x })),
  ];
  return (
    <>
      <ChartFigure
        caption="Time together, week by week"
        basis={plural(i.n, 'time')}
        enough={i.enoughData}
        notEnough={notEnough(i, 'logged times together')}
        table={
          <Table
            caption="Times together per week"
            head={['Week of', 'Times']}
            rows={i.perWeek.map((x) => [weekLabel(x.weekStart), x.count])}
          />
        }
      >
        <WeekBars
          weeks={i.perWeek.map((x) => ({ label: weekLabel(x.weekStart), count: x.count }))}
          series={[{ key: 'count', tone: 'tone-primary' }]}
        />
      </ChartFigure>

      <section className="card" aria-labelledby="breadth-heading">
        <h2 id="breadth-heading">Breadth</h2>
        {b.enoughData ? (
          <>
            <p>
              You were in touch across {plural(b.contexts, 'part', 'parts')} of life.
              {b.evenness !== null
                ? ` Evenness ${one(b.evenness)} of 1: ${b.evenness >= 0.7 ? 'spread quite evenly' : b.evenness >= 0.4 ? 'leaning towards some parts' : 'mostly in one part'}.`
                : ''}
            </p>
            <Table
              caption="Contact per part of life"
              head={['Part of life', 'Times']}
              rows={b.byContext.map((x) => [CONTEXT_WORDS[x.context], x.n])}
            />
          </>
        ) : (
          <p className="chart-empty">Not enough data yet. {notEnough(b, 'times together with people placed in a part of life')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="reciprocity-all-heading">
        <h2 id="reciprocity-all-heading">Give and take, across everyone</h2>
        <p>
          With {plural(r.people, 'person', 'people')}: you reached out {r.initiated.me}, they reached out {r.initiated.them}, both{' '}
          {r.initiated.mutual}
          {r.shares ? ` (${pct(r.shares.me)} / ${pct(r.shares.them)} / ${pct(r.shares.mutual)})` : ''}. You helped{' '}
          {plural(r.help.gave, 'time')}; you were helped {plural(r.help.received, 'time')}.
        </p>
        {!r.enoughData ? <p className="muted">Not enough data yet for shares. {notEnough(r, 'times together')}</p> : null}
        {r.oneSided.people.length ? (
          <ul className="plain-list reciprocity-notes" aria-label="Contact that leaned one way">
            {r.oneSided.people.map((p) => (
              <li key={p.personId}>
                <strong>{p.name}</strong>: {p.notes.map((n) => n.text).join(' ')}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card" aria-labelledby="inv-heading">
        <h2 id="inv-heading">Invitations</h2>
        <p>
          {plural(inv.n, 'invitation')} made; {inv.byStatus.accepted} accepted, {inv.byStatus.declined} not this time,{' '}
          {inv.byStatus['no-answer']} with no answer yet.
          {inv.acceptanceRate !== null ? ` ${pct(inv.acceptanceRate)} of ${inv.decided} with an answer were accepted.` : ''}
        </p>
        {!inv.enoughData ? (
          <p className="muted">
            Not enough data yet for a rate. {notEnough({ n: inv.decided, minimum: inv.minimum }, 'answered invitations')}
          </p>
        ) : null}
      </section>

      <ChartFigure
        caption="Where the warmth is: average warmth by part of life and by channel (1–5)"
        basis={plural(w.n, 'time')}
        enough={w.enoughData && warmRows.length > 0}
        notEnough="This shows once at least two parts of life or channels each have a few times logged."
        table={
          <Table
            caption="Average warmth and support"
            head={['Group', 'Times', 'Warmth', 'Support']}
            rows={warmRows.map((x) => [x.label, x.n, one(x.meanWarmth), one(x.meanSupport)])}
          />
        }
      >
        <RankBars
          rows={warmRows.map((x) => ({
            key: x.key,
            label: x.label,
            text: `${plural(x.n, 'time')} · warmth ${one(x.meanWarmth)} · support ${one(x.meanSupport)}`,
            value: x.meanWarmth ?? 0,
          }))}
        />
      </ChartFigure>
    </>
  );
}
