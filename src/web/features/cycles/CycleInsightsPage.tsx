import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatDate, formatShortDateTime } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useReducedMotion } from '../../lib/useReducedMotion.js';
import { ChartFigure, PointLines, WeekBars } from '../insights/charts.js';
import type { CycleInsightsData } from './api.js';
import { useCycleInsights } from './queries.js';
import { hoursWords, trendSentences } from './words.js';
import { formatLocale } from '../../i18n/i18n.js';

/** The picture shows the most recent cycles; the tables list them all. */
const SHOWN = 12;
const TICK = { fill: 'currentColor', className: 'chart-text' } as const;

/** How the cycle moves over time: how long each lasts, how soon it comes back, how strong it gets. */
export function CycleInsightsPage() {
  const user = useUser();
  const query = useCycleInsights();
  const state = loaded(query);

  return (
    <Page
      title="Our cycle over time"
      lead="What your stage log shows about the cycle: a picture to understand, never a verdict on either of you."
      className="cycle-insights"
    >
      <p className="cycles-links">
        <Link to="/cycles">Log a moment</Link>
      </p>
      {state.status === 'loading' ? <Loading label="Gathering your insights…" /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {state.status === 'ready' ? <Insights data={state.data} timeZone={user.timeZone} /> : null}
    </Page>
  );
}

function Insights({ data, timeZone }: { data: CycleInsightsData; timeZone: string }) {
  const words = trendSentences(data);
  const shown = data.cycles.slice(-SHOWN);
  const labels = shown.map((c) => shortDay(c.start, timeZone));
  const lasted = unitFor(shown.map((c) => c.durationHours));
  const gaps = unitFor(shown.flatMap((c) => (c.periodHours === null ? [] : [c.periodHours])));
  const enough = data.cycles.length > 0;
  const notEnough = 'A cycle shows here once a pursuit has been followed by a withdrawal and then a reconnection.';
  const basis = `${data.cycles.length} complete cycle${data.cycles.length === 1 ? '' : 's'}`;

  return (
    <>
      <section className="card trend-card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">
          {words.tooFew ? 'Getting to know your cycle' : words.escalating ? 'Something worth noticing' : 'How it’s going'}
        </h2>
        {words.sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
        {words.escalating ? (
          <p>
            This isn’t a cause for alarm: cycles often speed up or grow stronger in stressful times, and they can ease again. If it would
            help to talk it through or find a next step, <Link to="/support">the support page</Link> has ideas and people who can help.
          </p>
        ) : null}
        {words.workings.length ? (
          <details className="workings">
            <summary>How is this worked out?</summary>
            <p>
              Steady looks at your most recent cycles and asks whether they have been steadily changing, rather than jumping about by
              chance. It only says something has changed when the pattern is clear.
            </p>
            {words.workings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </details>
        ) : null}
      </section>

      {enough ? <Typical data={data} /> : null}

      <section className="card" aria-labelledby="open-heading">
        <h2 id="open-heading">Right now</h2>
        {data.openCycle ? (
          <p>
            A cycle started {formatShortDateTime(data.openCycle.start, timeZone)} and is still open: it’s in{' '}
            {data.openCycle.state === 'pursuit' ? 'pursuit' : 'withdrawal'}, with a peak of {data.openCycle.peakIntensity} out of 10 so far.
            Reconnection closes it, whenever you’re both ready.
          </p>
        ) : (
          <p>No cycle is open right now.</p>
        )}
      </section>

      <ChartFigure
        caption="When each cycle started and ended"
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={<CycleTable data={data} timeZone={timeZone} />}
      >
        <Timeline cycles={shown} labels={labels} />
      </ChartFigure>

      <ChartFigure
        caption={`How long each cycle lasted, in ${lasted.name}`}
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={<SimpleTable head={`${lasted.title} it lasted`} rows={shown.map((c, i) => [labels[i]!, lasted.show(c.durationHours)])} />}
      >
        <WeekBars
          weeks={shown.map((c, i) => ({ label: labels[i]!, hours: lasted.value(c.durationHours) }))}
          series={[{ key: 'hours', tone: 'tone-primary' }]}
        />
      </ChartFigure>

      <ChartFigure
        caption={`How soon the next cycle began, in ${gaps.name}`}
        basis={`${data.cycles.filter((c) => c.periodHours !== null).length} gaps`}
        enough={data.cycles.some((c) => c.periodHours !== null)}
        notEnough="This shows once a second cycle has begun after the first."
        table={
          <SimpleTable
            head={`${gaps.title} until the next began`}
            rows={shown.flatMap((c, i) => (c.periodHours === null ? [] : [[labels[i]!, gaps.show(c.periodHours)]]))}
          />
        }
      >
        <WeekBars
          weeks={shown.flatMap((c, i) => (c.periodHours === null ? [] : [{ label: labels[i]!, hours: gaps.value(c.periodHours) }]))}
          series={[{ key: 'hours', tone: 'tone-cycle-gap' }]}
        />
      </ChartFigure>

      <ChartFigure
        caption="How intense each cycle got, 0 to 10"
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={<SimpleTable head="Peak intensity (0–10)" rows={shown.map((c, i) => [labels[i]!, String(c.peakIntensity)])} />}
      >
        <PointLines xLabels={labels} series={[{ key: 'peak', tone: 'tone-cycle-peak', values: shown.map((c) => c.peakIntensity) }]} />
      </ChartFigure>
    </>
  );
}

/** "23 Oct": short enough for a phone's axis. */
function shortDay(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(formatLocale(), { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
  } catch {
    return formatDate(iso, timeZone);
  }
}

/** Hours read well up to three days; beyond that, days. */
function unitFor(hours: number[]) {
  const days = Math.max(0, ...hours) > 72;
  const value = (h: number) => Math.round((days ? h / 24 : h) * 10) / 10;
  return {
    name: days ? 'days' : 'hours',
    title: days ? 'Days' : 'Hours',
    value,
    show: (h: number) => String(value(h)),
  };
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The middle of the road, in words: how long, how often, how strong. */
function Typical({ data }: { data: CycleInsightsData }) {
  const lasts = median(data.cycles.map((c) => c.durationHours));
  const gap = median(data.cycles.flatMap((c) => (c.periodHours === null ? [] : [c.periodHours])));
  const peak = median(data.cycles.map((c) => c.peakIntensity));
  return (
    <section className="card" aria-labelledby="typical-heading">
      <h2 id="typical-heading">A typical cycle</h2>
      <dl className="typical">
        <div>
          <dt>Lasts</dt>
          <dd>{lasts === null ? '—' : hoursWords(lasts)}</dd>
        </div>
        <div>
          <dt>Comes back after</dt>
          <dd>{gap === null ? 'not yet known' : hoursWords(gap)}</dd>
        </div>
        <div>
          <dt>Gets as intense as</dt>
          <dd>{peak === null ? '—' : `${Math.round(peak * 10) / 10} out of 10`}</dd>
        </div>
      </dl>
      <p className="muted">
        The middle value of your {data.cycles.length} complete cycle{data.cycles.length === 1 ? '' : 's'}.
      </p>
    </section>
  );
}

/** Each cycle as a band from its start to its end, on one shared time axis. */
function Timeline({ cycles, labels }: { cycles: CycleInsightsData['cycles']; labels: string[] }) {
  const animate = !useReducedMotion();
  const data = cycles.map((c, i) => {
    const start = Date.parse(c.start);
    // A cycle lived within minutes still gets a visible sliver.
    const end = Math.max(Date.parse(c.end), start + 1);
    return { key: `${i}`, label: labels[i], span: [start, end] as [number, number] };
  });
  const lo = Math.min(...data.map((d) => d.span[0]));
  const hi = Math.max(...data.map((d) => d.span[1]));
  const pad = Math.max((hi - lo) * 0.03, 3_600_000);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      className="chart-svg chart-timeline"
      style={{ height: `${Math.max(8, data.length * 2.2 + 3)}rem` }}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        domain={[lo - pad, hi + pad]}
        tick={TICK}
        tickLine={false}
        tickCount={4}
        tickFormatter={(v: number) => new Date(v).toLocaleDateString(formatLocale(), { month: 'short', day: 'numeric' })}
      />
      <YAxis type="category" dataKey="label" tick={TICK} tickLine={false} axisLine={false} width={64} />
      <Bar
        dataKey="span"
        className="tone-primary"
        fill="currentColor"
        barSize={14}
        radius={7}
        minPointSize={6}
        isAnimationActive={animate}
      />
    </BarChart>
  );
}

function CycleTable({ data, timeZone }: { data: CycleInsightsData; timeZone: string }) {
  return (
    <table>
      <caption>Your cycles, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
          <th scope="col">Lasted</th>
          <th scope="col">Next began after</th>
          <th scope="col">Peak intensity</th>
        </tr>
      </thead>
      <tbody>
        {data.cycles.map((c) => (
          <tr key={c.start}>
            <th scope="row">{formatShortDateTime(c.start, timeZone)}</th>
            <td>{formatShortDateTime(c.end, timeZone)}</td>
            <td>{hoursWords(c.durationHours)}</td>
            <td>{c.periodHours === null ? '—' : hoursWords(c.periodHours)}</td>
            <td>{c.peakIntensity} out of 10</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SimpleTable({ head, rows }: { head: string; rows: string[][] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Cycle started</th>
          <th scope="col">{head}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([a, b], i) => (
          <tr key={i}>
            <th scope="row">{a}</th>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
