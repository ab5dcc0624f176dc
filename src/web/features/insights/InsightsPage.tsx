import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ReassuranceInsights } from '../../../contracts/insights.js';
import { URGE_ACTIONS, type Urge, type UrgeAction } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { shortDay, weekStartOf, weeksBetween } from '../../lib/weeks.js';
import { actionLabel } from '../urges/actions.js';
import { urgesApi } from '../urges/api.js';
import { ChartFigure, Intervals, PointLines, RankBars, WeekBars } from './charts.js';
import { MoodGlance } from './MoodGlance.js';
import { one, takeaways, TOOL_NAMES } from './takeaways.js';

const PERIODS = [
  { id: '4', label: 'The last 4 weeks', weeks: 4 },
  { id: '12', label: 'The last 12 weeks', weeks: 12 },
  { id: 'all', label: 'Everything', weeks: null },
] as const;
type PeriodId = (typeof PERIODS)[number]['id'];

const EMPTY_WEEK: Record<UrgeAction, number> = { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 };

/** Up to this many urges are read for the week-by-week picture of what you did. */
const URGE_PAGES = 5;

type Load =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; insights: ReassuranceInsights; urges: Urge[] };

async function loadAll(from: string | undefined, signal: AbortSignal): Promise<{ insights: ReassuranceInsights; urges: Urge[] }> {
  const insightsP = call('getReassuranceInsights', { query: { from } }, { signal });
  const urges: Urge[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < URGE_PAGES; i++) {
    const page = await urgesApi.list({ from, limit: 100, cursor }, signal);
    urges.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { insights: await insightsP, urges };
}

export function InsightsPage() {
  const user = useUser();
  const [period, setPeriod] = useState<PeriodId>('12');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const weeks = PERIODS.find((p) => p.id === period)?.weeks ?? null;
  const [now] = useState(() => new Date());
  const from = weeks ? new Date(now.getTime() - weeks * 7 * 86_400_000).toISOString() : undefined;

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    loadAll(from, controller.signal)
      .then((data) => setLoad({ status: 'ready', ...data }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted)
          setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [from, attempt]);

  return (
    <Page
      title="My urges over time"
      heading="What your entries show"
      lead="Patterns from your own logs, for you alone. They change as you go; small numbers say little, so each chart waits until it has enough."
      className="insights"
    >
      <MoodGlance />
      <SelectField
        label="Period"
        name="period"
        value={period}
        onChange={(e) => setPeriod(e.target.value as PeriodId)}
        className="period-field"
      >
        {PERIODS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <p>
        <Link to="/urges">See each urge you logged</Link>, to look back on one, correct it or remove it.
      </p>
      {load.status === 'loading' ? <Loading label="Gathering your insights…" /> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? (
        <Insights insights={load.insights} urges={load.urges} from={from} now={now} timeZone={user.timeZone} />
      ) : null}
    </Page>
  );
}

function Insights({
  insights: ins,
  urges,
  from,
  now,
  timeZone,
}: {
  insights: ReassuranceInsights;
  urges: Urge[];
  from: string | undefined;
  now: Date;
  timeZone: string;
}) {
  const min = ins.minimum;
  const firstWeek = from ?? ins.perWeek[0]?.weekStart ?? urges.at(-1)?.occurredAt ?? now.toISOString();
  const axis = weeksBetween(from ?? `${firstWeek.slice(0, 10)}T12:00:00Z`, now, timeZone).slice(-52);
  const perWeek = new Map(ins.perWeek.map((w) => [w.weekStart, w.count]));
  const byWeek = new Map<string, Record<UrgeAction, number>>();
  for (const u of urges) {
    const w = weekStartOf(u.occurredAt, timeZone);
    const row = byWeek.get(w) ?? { ...EMPTY_WEEK };
    row[u.action] += 1;
    byWeek.set(w, row);
  }
  const relief = [
    { key: 'sought', name: 'After asking anyway', tone: 'tone-sought', dashed: true, points: ins.reliefDecay.sought },
    { key: 'other', name: 'After pausing in any other way', tone: 'tone-other', dashed: false, points: ins.reliefDecay.other },
  ] as const;
  const reliefRatings = relief.reduce((s, r) => s + r.points.filter((p) => p.minutesAfter !== 0).reduce((t, p) => t + p.n, 0), 0);
  const reliefEnough = relief.some((r) => r.points.some((p) => p.minutesAfter !== 0 && p.n >= min));
  const X = [0, 30, 120] as const;
  const xLabels = ['At the urge', '~30 min', '~2 hours'];
  const shown = (p: { meanAnxiety: number | null; n: number } | undefined) =>
    p && p.meanAnxiety !== null && p.n >= min ? p.meanAnxiety : null;
  const toolsEnough = ins.tools.filter((t) => t.n >= min);
  const toolsGathering = ins.tools.filter((t) => t.n < min);
  const toolSessions = ins.tools.reduce((s, t) => s + t.n, 0);
  const entries = (n: number, word = 'urge') => `Based on ${n} ${n === 1 ? word : `${word}s`}.`;

  return (
    <>
      <section className="card takeaways" aria-labelledby="takeaways-heading">
        <h2 id="takeaways-heading">In a few words</h2>
        <ul className="plain-list">
          {takeaways(ins, urges, timeZone, now).map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">Urges, week by week</h2>
        <ChartFigure
          caption="Urges you logged each week."
          basis={entries(ins.urgeCount)}
          enough={ins.urgeCount >= min}
          notEnough={`This chart appears after ${min} logged urges. Use “I want reassurance” whenever the urge comes; there’s no wrong time.`}
          table={
            <table>
              <caption>Urges logged per week</caption>
              <thead>
                <tr>
                  <th scope="col">Week starting</th>
                  <th scope="col">Urges</th>
                </tr>
              </thead>
              <tbody>
                {axis.map((w) => (
                  <tr key={w}>
                    <th scope="row">{shortDay(w)}</th>
                    <td>{perWeek.get(w) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <WeekBars
            weeks={axis.map((w) => ({ label: shortDay(w), n: perWeek.get(w) ?? 0 }))}
            series={[{ key: 'n', tone: 'tone-primary' }]}
          />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="actions-heading">
        <h2 id="actions-heading">What you did with the urge</h2>
        <ChartFigure
          caption="Each week’s urges, by what you chose to do."
          basis={entries(urges.length)}
          enough={urges.length >= min}
          notEnough={`This appears after ${min} logged urges. Every choice counts here, asking included.`}
          legend={
            <ul className="legend">
              {URGE_ACTIONS.map((a) => (
                <li key={a}>
                  <span className={`legend-swatch tone-${a}`} aria-hidden="true" />
                  {actionLabel(a)}: {ins.byAction[a]}
                </li>
              ))}
            </ul>
          }
          table={
            <table>
              <caption>Urges per week by what you did</caption>
              <thead>
                <tr>
                  <th scope="col">Week starting</th>
                  {URGE_ACTIONS.map((a) => (
                    <th key={a} scope="col">
                      {actionLabel(a)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {axis.map((w) => (
                  <tr key={w}>
                    <th scope="row">{shortDay(w)}</th>
                    {URGE_ACTIONS.map((a) => (
                      <td key={a}>{byWeek.get(w)?.[a] ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <WeekBars
            weeks={axis.map((w) => ({ label: shortDay(w), ...(byWeek.get(w) ?? EMPTY_WEEK) }))}
            series={URGE_ACTIONS.map((a) => ({ key: a, tone: `tone-${a}` }))}
          />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="relief-heading">
        <h2 id="relief-heading">How long relief lasts</h2>
        <p className="muted">
          Average anxiety when the urge came, about half an hour later, and about two hours later. Points with fewer than {min} ratings are
          left out.
        </p>
        <ChartFigure
          caption="Anxiety after asking anyway, compared with after pausing in another way."
          basis={`Based on ${reliefRatings} later ${reliefRatings === 1 ? 'rating' : 'ratings'}.`}
          enough={reliefEnough}
          notEnough={`This needs at least ${min} ratings from after an urge. When you open Steady half an hour or two hours after logging one, a small question asks how you feel.`}
          legend={
            <ul className="legend">
              {relief.map((r) => (
                <li key={r.key}>
                  <span className={`legend-swatch legend-line ${r.dashed ? 'legend-dashed' : ''} ${r.tone}`} aria-hidden="true" />
                  {r.name}
                </li>
              ))}
            </ul>
          }
          table={
            <table>
              <caption>Average anxiety (0 to 10) over time</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  {relief.map((r) => (
                    <th key={r.key} scope="col">
                      {r.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {X.map((x, i) => (
                  <tr key={x}>
                    <th scope="row">{xLabels[i]}</th>
                    {relief.map((r) => {
                      const p = r.points.find((q) => q.minutesAfter === x);
                      const v = shown(p);
                      return <td key={r.key}>{v === null ? `not enough data yet (${p?.n ?? 0})` : `${one(v)} (from ${p?.n ?? 0})`}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <PointLines
            xLabels={xLabels}
            series={relief.map((r) => ({
              key: r.key,
              tone: r.tone,
              dashed: r.dashed,
              values: X.map((x) => shown(r.points.find((p) => p.minutesAfter === x))),
            }))}
          />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">What sets it off</h2>
        <ChartFigure
          caption="Your triggers, most frequent first, with how strong the urge was on average."
          basis={entries(ins.urgeCount)}
          enough={ins.urgeCount >= min && ins.triggers.length > 0}
          notEnough={`This appears after ${min} logged urges with at least one trigger. Your own words for triggers work best.`}
          table={
            <table>
              <caption>Triggers</caption>
              <thead>
                <tr>
                  <th scope="col">Trigger</th>
                  <th scope="col">Times</th>
                  <th scope="col">Average urge strength (0 to 10)</th>
                </tr>
              </thead>
              <tbody>
                {ins.triggers.map((t) => (
                  <tr key={t.tag}>
                    <th scope="row">{t.tag}</th>
                    <td>{t.count}</td>
                    <td>{t.meanIntensity === null ? 'not rated' : one(t.meanIntensity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <RankBars
            rows={ins.triggers.slice(0, 10).map((t) => ({
              key: t.tag,
              label: t.tag,
              value: t.count,
              text: t.meanIntensity === null ? `${t.count}×` : `${t.count}× · strength ${one(t.meanIntensity)}`,
            }))}
          />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="tools-heading">
        <h2 id="tools-heading">What helps you</h2>
        <ChartFigure
          caption="How much each tool eased your distress on average (before minus after), with the range the real amount most likely falls in."
          basis={`Based on ${toolSessions} ${toolSessions === 1 ? 'session' : 'sessions'}.`}
          enough={toolsEnough.length > 0}
          notEnough={
            <>
              Each tool appears after {min} sessions. <Link to="/tools">Try one from your toolkit</Link> when you have a few minutes.
            </>
          }
          table={
            <table>
              <caption>Distress drop by tool</caption>
              <thead>
                <tr>
                  <th scope="col">Tool</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">Average drop</th>
                  <th scope="col">Likely range</th>
                </tr>
              </thead>
              <tbody>
                {toolsEnough.map((t) => (
                  <tr key={t.tool}>
                    <th scope="row">{TOOL_NAMES[t.tool]}</th>
                    <td>{t.n}</td>
                    <td>{one(t.meanDrop)}</td>
                    <td>{t.ci95 ? `${one(t.ci95[0])} to ${one(t.ci95[1])}` : 'not enough data yet'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <Intervals
            rows={toolsEnough.map((t) => ({
              key: t.tool,
              label: TOOL_NAMES[t.tool],
              mean: t.meanDrop,
              ci: t.ci95,
              text: `${one(Math.abs(t.meanDrop))} ${t.meanDrop >= 0 ? 'lower' : 'higher'} · ${t.n} sessions`,
            }))}
          />
        </ChartFigure>
        {toolsEnough.length ? (
          <details className="workings">
            <summary>How is this worked out?</summary>
            <p>
              For each tool, Steady takes how distressed you felt before and after each session and averages the drop. With only a few
              sessions that average could easily shift, so the range shows where the real amount most likely lies: a 95% confidence
              interval, worked out from how much your sessions differ from each other. A wide range means more sessions will make it
              clearer.
            </p>
          </details>
        ) : null}
        {toolsGathering.length ? (
          <p className="muted">Still gathering: {toolsGathering.map((t) => `${TOOL_NAMES[t.tool]} (${t.n} of ${min})`).join(', ')}.</p>
        ) : null}
      </section>
    </>
  );
}
