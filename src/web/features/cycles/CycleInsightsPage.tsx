import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatDate, formatNumber, formatShortDateTime } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useReducedMotion } from '../../lib/useReducedMotion.js';
import { ChartFigure, PointLines, WeekBars } from '../reassurance/insights/charts.js';
import type { CycleInsightsData } from './api.js';
import { useCycleInsights } from './queries.js';
import { hoursWords, trendSentences, type CyclesT } from './words.js';
import { formatLocale, Trans, useTranslation } from '../../i18n/i18n.js';

/** The picture shows the most recent cycles; the tables list them all. */
const SHOWN = 12;
const TICK = { fill: 'currentColor', className: 'chart-text' } as const;
/** Shown where there is no value yet: a mark, not a word. */
const NONE = '—';
/* Data keys, colour classes and a colour: not words a person reads. */
const LASTED_SERIES = [{ key: 'hours', tone: 'tone-primary' }];
const GAP_SERIES = [{ key: 'hours', tone: 'tone-cycle-gap' }];
const PEAK_SERIES = { key: 'peak', tone: 'tone-cycle-peak' };
const CURRENT_COLOUR = 'currentColor';

/** How the cycle moves over time: how long each lasts, how soon it comes back, how strong it gets. */
export function CycleInsightsPage() {
  const { t } = useTranslation('cycles');
  const user = useUser();
  const query = useCycleInsights();
  const state = loaded(query);

  return (
    <Page title={t('insights.title')} lead={t('insights.lead')} className="cycle-insights">
      <p className="cycles-links">
        <Link to="/cycles">{t('insights.toLog')}</Link>
      </p>
      {state.status === 'loading' ? <Loading label={t('insights.loading')} /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>{t('insights.retry')}</Button>
        </>
      ) : null}
      {state.status === 'ready' ? <Insights data={state.data} timeZone={user.timeZone} /> : null}
    </Page>
  );
}

function Insights({ data, timeZone }: { data: CycleInsightsData; timeZone: string }) {
  const { t } = useTranslation('cycles');
  const words = trendSentences(data, t);
  const shown = data.cycles.slice(-SHOWN);
  const labels = shown.map((c) => shortDay(c.start, timeZone));
  const lasted = unitFor(shown.map((c) => c.durationHours));
  const gaps = unitFor(shown.flatMap((c) => (c.periodHours === null ? [] : [c.periodHours])));
  const enough = data.cycles.length > 0;
  const notEnough = t('insights.notEnough');
  const basis = t('insights.basis', { count: data.cycles.length });

  return (
    <>
      <section className="card trend-card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">
          {words.tooFew
            ? t('insights.trend.tooFewHeading')
            : words.escalating
              ? t('insights.trend.escalatingHeading')
              : t('insights.trend.steadyHeading')}
        </h2>
        {words.sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
        {words.escalating ? (
          <p>
            <Trans t={t} i18nKey="insights.trend.escalatingHelp" components={{ a: <Link to="/support" /> }} />
          </p>
        ) : null}
        {words.workings.length ? (
          <details className="workings">
            <summary>{t('insights.trend.how')}</summary>
            <p>{t('insights.trend.howText')}</p>
            {words.workings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </details>
        ) : null}
      </section>

      {enough ? <Typical data={data} /> : null}

      <section className="card" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('insights.open.heading')}</h2>
        {data.openCycle ? (
          <p>
            {t('insights.open.open', {
              when: formatShortDateTime(data.openCycle.start, timeZone),
              state: data.openCycle.state,
              peak: data.openCycle.peakIntensity,
            })}
          </p>
        ) : (
          <p>{t('insights.open.none')}</p>
        )}
      </section>

      <ChartFigure
        caption={t('insights.chart.timeline')}
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={<CycleTable data={data} timeZone={timeZone} />}
      >
        <Timeline cycles={shown} labels={labels} />
      </ChartFigure>

      <ChartFigure
        caption={t('insights.chart.lasted', { unit: lasted.name })}
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={
          <SimpleTable
            head={t('insights.chart.lastedHead', { unit: lasted.name })}
            rows={shown.map((c, i) => [labels[i]!, lasted.show(c.durationHours)])}
          />
        }
      >
        <WeekBars weeks={shown.map((c, i) => ({ label: labels[i]!, hours: lasted.value(c.durationHours) }))} series={LASTED_SERIES} />
      </ChartFigure>

      <ChartFigure
        caption={t('insights.chart.gaps', { unit: gaps.name })}
        basis={t('insights.gapsBasis', { count: data.cycles.filter((c) => c.periodHours !== null).length })}
        enough={data.cycles.some((c) => c.periodHours !== null)}
        notEnough={t('insights.chart.gapsNotEnough')}
        table={
          <SimpleTable
            head={t('insights.chart.gapsHead', { unit: gaps.name })}
            rows={shown.flatMap((c, i) => (c.periodHours === null ? [] : [[labels[i]!, gaps.show(c.periodHours)]]))}
          />
        }
      >
        <WeekBars
          weeks={shown.flatMap((c, i) => (c.periodHours === null ? [] : [{ label: labels[i]!, hours: gaps.value(c.periodHours) }]))}
          series={GAP_SERIES}
        />
      </ChartFigure>

      <ChartFigure
        caption={t('insights.chart.peak')}
        basis={basis}
        enough={enough}
        notEnough={notEnough}
        table={<SimpleTable head={t('insights.chart.peakHead')} rows={shown.map((c, i) => [labels[i]!, formatNumber(c.peakIntensity)])} />}
      >
        <PointLines xLabels={labels} series={[{ ...PEAK_SERIES, values: shown.map((c) => c.peakIntensity) }]} />
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
    name: days ? ('days' as const) : ('hours' as const),
    value,
    show: (h: number) => formatNumber(value(h)),
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
  const { t } = useTranslation('cycles');
  const lasts = median(data.cycles.map((c) => c.durationHours));
  const gap = median(data.cycles.flatMap((c) => (c.periodHours === null ? [] : [c.periodHours])));
  const peak = median(data.cycles.map((c) => c.peakIntensity));
  return (
    <section className="card" aria-labelledby="typical-heading">
      <h2 id="typical-heading">{t('insights.typical.heading')}</h2>
      <dl className="typical">
        <div>
          <dt>{t('insights.typical.lasts')}</dt>
          <dd>{lasts === null ? NONE : hoursWords(lasts, t)}</dd>
        </div>
        <div>
          <dt>{t('insights.typical.comesBack')}</dt>
          <dd>{gap === null ? t('insights.typical.notKnown') : hoursWords(gap, t)}</dd>
        </div>
        <div>
          <dt>{t('insights.typical.peak')}</dt>
          <dd>{peak === null ? NONE : outOf10(Math.round(peak * 10) / 10, t)}</dd>
        </div>
      </dl>
      <p className="muted">{t('insights.typical.middle', { count: data.cycles.length })}</p>
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
        fill={CURRENT_COLOUR}
        barSize={14}
        radius={7}
        minPointSize={6}
        isAnimationActive={animate}
      />
    </BarChart>
  );
}

/** "8 out of 10", with the person's decimal mark. */
function outOf10(n: number, t: CyclesT): string {
  return t('insights.outOf10', { n: formatNumber(n) });
}

function CycleTable({ data, timeZone }: { data: CycleInsightsData; timeZone: string }) {
  const { t } = useTranslation('cycles');
  return (
    <table>
      <caption>{t('insights.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.table.started')}</th>
          <th scope="col">{t('insights.table.ended')}</th>
          <th scope="col">{t('insights.table.lasted')}</th>
          <th scope="col">{t('insights.table.nextAfter')}</th>
          <th scope="col">{t('insights.table.peak')}</th>
        </tr>
      </thead>
      <tbody>
        {data.cycles.map((c) => (
          <tr key={c.start}>
            <th scope="row">{formatShortDateTime(c.start, timeZone)}</th>
            <td>{formatShortDateTime(c.end, timeZone)}</td>
            <td>{hoursWords(c.durationHours, t)}</td>
            <td>{c.periodHours === null ? NONE : hoursWords(c.periodHours, t)}</td>
            <td>{outOf10(c.peakIntensity, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SimpleTable({ head, rows }: { head: string; rows: string[][] }) {
  const { t } = useTranslation('cycles');
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('insights.table.cycleStarted')}</th>
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
