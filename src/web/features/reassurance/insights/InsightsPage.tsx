import { useState } from 'react';
import { Link } from 'react-router';
import type { ReassuranceInsights } from '../../../../contracts/reassurance/insights.js';
import { URGE_ACTIONS, type Urge, type UrgeAction } from '../../../../contracts/reassurance/urges.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { SelectField } from '../../../components/Field.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { formatLocale, Trans, useTranslation } from '../../../i18n/i18n.js';
import { formatNumber } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { shortDay, weekStartOf, weeksBetween } from '../../../lib/weeks.js';
import { actionLabel } from '../urges/actions.js';
import { ChartFigure, Intervals, PointLines, RankBars, WeekBars } from './charts.js';
import { MoodGlance } from './MoodGlance.js';
import { WaitingLadderCard } from './WaitingLadderCard.js';
import { useReassuranceInsights, type PeriodId } from './queries.js';
import { one, takeaways, toolName } from './takeaways.js';

const PERIODS = [
  { id: '4', key: 'four' },
  { id: '12', key: 'twelve' },
  { id: 'all', key: 'all' },
] as const satisfies readonly { id: PeriodId; key: string }[];

/** One series of counts, in the chart's main colour. */
const COUNT_SERIES = [{ key: 'n', tone: 'tone-primary' }];

/** "3×": how often a trigger came, the same in every language. */
const times = (n: number) => `${formatNumber(n)}×`;

const EMPTY_WEEK: Record<UrgeAction, number> = { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 };

export function InsightsPage() {
  const { t } = useTranslation(['insights', 'common']);
  const user = useUser();
  const [period, setPeriod] = useState<PeriodId>('12');
  const query = useReassuranceInsights(period);
  const load = loaded(query);

  return (
    <Page title={t('title')} heading={t('heading')} lead={t('lead')} className="insights">
      <MoodGlance />
      <SelectField
        label={t('period.label')}
        name="period"
        value={period}
        onChange={(e) => setPeriod(e.target.value as PeriodId)}
        className="period-field"
      >
        {PERIODS.map((p) => (
          <option key={p.id} value={p.id}>
            {t(`period.${p.key}`)}
          </option>
        ))}
      </SelectField>
      <p>
        <Trans t={t} i18nKey="seeEach" components={{ a: <Link to="/urges" /> }} />
      </p>
      {load.status === 'loading' || load.status === 'missing' ? <Loading label={t('gathering')} /> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => void query.refetch()}>{t('common:tryAgain')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? (
        <Insights
          insights={load.data.insights}
          urges={load.data.urges}
          from={load.data.from}
          now={load.data.now}
          timeZone={user.timeZone}
        />
      ) : null}
      <WaitingLadderCard />
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
  const { t } = useTranslation('insights');
  const { t: tu } = useTranslation('urges');
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
    { key: 'sought', name: t('relief.sought'), tone: 'tone-sought', dashed: true, points: ins.reliefDecay.sought },
    { key: 'other', name: t('relief.other'), tone: 'tone-other', dashed: false, points: ins.reliefDecay.other },
  ] as const;
  const reliefRatings = relief.reduce((s, r) => s + r.points.filter((p) => p.minutesAfter !== 0).reduce((n, p) => n + p.n, 0), 0);
  const reliefEnough = relief.some((r) => r.points.some((p) => p.minutesAfter !== 0 && p.n >= min));
  const X = [0, 30, 120] as const;
  const xLabels = [t('relief.atUrge'), t('relief.at30'), t('relief.at120')];
  const shown = (p: { meanAnxiety: number | null; n: number } | undefined) =>
    p && p.meanAnxiety !== null && p.n >= min ? p.meanAnxiety : null;
  const toolsEnough = ins.tools.filter((x) => x.n >= min);
  const toolsGathering = ins.tools.filter((x) => x.n < min);
  const toolSessions = ins.tools.reduce((s, x) => s + x.n, 0);
  const urgesBasis = (count: number) => t('basis.urges', { count });

  return (
    <>
      <section className="card takeaways" aria-labelledby="takeaways-heading">
        <h2 id="takeaways-heading">{t('takeaways.heading')}</h2>
        <ul className="plain-list">
          {takeaways(ins, urges, timeZone, t, now).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">{t('weeks.heading')}</h2>
        <ChartFigure
          caption={t('weeks.caption')}
          basis={urgesBasis(ins.urgeCount)}
          enough={ins.urgeCount >= min}
          notEnough={t('weeks.notEnough', { min })}
          table={
            <table>
              <caption>{t('weeks.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('weekStarting')}</th>
                  <th scope="col">{t('weeks.urges')}</th>
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
          <WeekBars weeks={axis.map((w) => ({ label: shortDay(w), n: perWeek.get(w) ?? 0 }))} series={COUNT_SERIES} />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('actions.heading')}</h2>
        <ChartFigure
          caption={t('actions.caption')}
          basis={urgesBasis(urges.length)}
          enough={urges.length >= min}
          notEnough={t('actions.notEnough', { min })}
          legend={
            <ul className="legend">
              {URGE_ACTIONS.map((a) => (
                <li key={a}>
                  <span className={`legend-swatch tone-${a}`} aria-hidden="true" />
                  {actionLabel(a, tu)}: {formatNumber(ins.byAction[a])}
                </li>
              ))}
            </ul>
          }
          table={
            <table>
              <caption>{t('actions.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('weekStarting')}</th>
                  {URGE_ACTIONS.map((a) => (
                    <th key={a} scope="col">
                      {actionLabel(a, tu)}
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
        <h2 id="relief-heading">{t('relief.heading')}</h2>
        <p className="muted">{t('relief.lead', { min })}</p>
        <ChartFigure
          caption={t('relief.caption')}
          basis={t('basis.ratings', { count: reliefRatings })}
          enough={reliefEnough}
          notEnough={t('relief.notEnough', { min })}
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
              <caption>{t('relief.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('relief.when')}</th>
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
                      const count = p?.n ?? 0;
                      return (
                        <td key={r.key}>{v === null ? t('relief.notYet', { count }) : t('relief.value', { value: one(v), count })}</td>
                      );
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
        <h2 id="triggers-heading">{t('triggers.heading')}</h2>
        <ChartFigure
          caption={t('triggers.caption')}
          basis={urgesBasis(ins.urgeCount)}
          enough={ins.urgeCount >= min && ins.triggers.length > 0}
          notEnough={t('triggers.notEnough', { min })}
          table={
            <table>
              <caption>{t('triggers.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('triggers.trigger')}</th>
                  <th scope="col">{t('triggers.times')}</th>
                  <th scope="col">{t('triggers.strength')}</th>
                </tr>
              </thead>
              <tbody>
                {ins.triggers.map((tr) => (
                  <tr key={tr.tag}>
                    <th scope="row">{tr.tag}</th>
                    <td>{tr.count}</td>
                    <td>{tr.meanIntensity === null ? t('triggers.notRated') : one(tr.meanIntensity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <RankBars
            rows={ins.triggers.slice(0, 10).map((tr) => ({
              key: tr.tag,
              label: tr.tag,
              value: tr.count,
              text:
                tr.meanIntensity === null
                  ? times(tr.count)
                  : t('triggers.countStrength', { count: tr.count, strength: one(tr.meanIntensity) }),
            }))}
          />
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="tools-heading">
        <h2 id="tools-heading">{t('tools.heading')}</h2>
        <ChartFigure
          caption={t('tools.caption')}
          basis={t('basis.sessions', { count: toolSessions })}
          enough={toolsEnough.length > 0}
          notEnough={<Trans t={t} i18nKey="tools.notEnough" values={{ min }} components={{ a: <Link to="/tools" /> }} />}
          table={
            <table>
              <caption>{t('tools.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tools.tool')}</th>
                  <th scope="col">{t('tools.sessions')}</th>
                  <th scope="col">{t('tools.drop')}</th>
                  <th scope="col">{t('tools.range')}</th>
                </tr>
              </thead>
              <tbody>
                {toolsEnough.map((x) => (
                  <tr key={x.tool}>
                    <th scope="row">{toolName(x.tool, t)}</th>
                    <td>{x.n}</td>
                    <td>{one(x.meanDrop)}</td>
                    <td>{x.ci95 ? t('tools.rangeValue', { low: one(x.ci95[0]), high: one(x.ci95[1]) }) : t('tools.notYet')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <Intervals
            rows={toolsEnough.map((x) => ({
              key: x.tool,
              label: toolName(x.tool, t),
              mean: x.meanDrop,
              ci: x.ci95,
              text: t(x.meanDrop >= 0 ? 'tools.lower' : 'tools.higher', { amount: one(Math.abs(x.meanDrop)), count: x.n }),
            }))}
          />
        </ChartFigure>
        {toolsEnough.length ? (
          <details className="workings">
            <summary>{t('tools.workingsSummary')}</summary>
            <p>{t('tools.workings')}</p>
          </details>
        ) : null}
        {toolsGathering.length ? (
          <p className="muted">
            {t('tools.gathering', {
              list: new Intl.ListFormat(formatLocale(), { style: 'long', type: 'unit' }).format(
                toolsGathering.map((x) => t('tools.gatheringOne', { tool: toolName(x.tool, t), count: x.n, min })),
              ),
            })}
          </p>
        ) : null}
      </section>
    </>
  );
}
