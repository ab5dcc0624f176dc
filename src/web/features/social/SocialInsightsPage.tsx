import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { ChartFigure, RankBars, WeekBars } from '../reassurance/insights/charts.js';
import { PeopleLinks } from './PeopleLinks.js';
import type { SocialInsightsData } from './socialApi.js';
import { useSocialInsights } from './socialQueries.js';
import type { SocialT } from './words.js';
import { formatLocale, useTranslation } from '../../i18n/i18n.js';
import { formatNumber } from '../../lib/dates.js';

const PERIODS = [
  { weeks: 4, key: 'weeks4' },
  { weeks: 12, key: 'weeks12' },
  { weeks: 52, key: 'year' },
] as const;
/** Chart series are data keys and colour classes, not words. */
const WEEK_SERIES = [{ key: 'count', tone: 'tone-primary' }];

const pct = (x: number) => formatNumber(x, { style: 'percent', maximumFractionDigits: 0 });
const one = (x: number | null) => (x === null ? '—' : formatNumber(x, { maximumFractionDigits: 1 }));

/** What time with people has looked like: how often, how widely, who reaches out, and where the warmth is. */
export function SocialInsightsPage() {
  const { t } = useTranslation('social');
  const [weeks, setWeeks] = useState<number>(12);
  const query = useSocialInsights(weeks);
  const state = loaded(query);
  return (
    <Page title={t('links.insights')} lead={t('insights.lead')} className="people social-insights">
      <PeopleLinks />
      <div className="field">
        <label htmlFor="insights-period" className="field-label">
          {t('insights.period')}
        </label>
        <select id="insights-period" className="input select input-auto" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.weeks} value={p.weeks}>
              {t(`insights.periods.${p.key}`)}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' ? <Loading label={t('insights.gathering')} /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>{t('tryAgain')}</Button>
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

/** The server's note on one-sided contact, from its code: the insights carry who started only as "most". */
function oneSidedNote(t: SocialT, code: 'mostly-me' | 'mostly-them' | 'only-giving' | 'only-receiving', name: string, n: number): string {
  return t(`insights.leaning.${code}`, { name, n });
}

function weekLabel(day: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "This shows once there are at least 5 … in the period; so far there are 2." */
function notEnough(t: SocialT, b: { n: number; minimum: number }, what: 'times' | 'placed' | 'answered') {
  return t(`insights.notEnough.${what}`, { minimum: b.minimum, n: b.n });
}

function Insights({ data }: { data: SocialInsightsData }) {
  const { t } = useTranslation('social');
  const { interactions: i, breadth: b, reciprocity: r, invitations: inv, warmth: w } = data;
  const warmRows = [
    ...w.byContext.filter((x) => x.enoughData).map((x) => ({ key: `c-${x.context}`, label: t(`context.${x.context}`), ...x })),
    ...w.byChannel.filter((x) => x.enoughData).map((x) => ({ key: `h-${x.channel}`, label: t(`channel.${x.channel}`), ...x })),
  ];
  return (
    <>
      <ChartFigure
        caption={t('insights.weekly')}
        basis={t('insights.times', { count: i.n })}
        enough={i.enoughData}
        notEnough={notEnough(t, i, 'times')}
        table={
          <Table
            caption={t('insights.perWeek')}
            head={[t('insights.weekOf'), t('insights.timesHead')]}
            rows={i.perWeek.map((x) => [weekLabel(x.weekStart), x.count])}
          />
        }
      >
        <WeekBars weeks={i.perWeek.map((x) => ({ label: weekLabel(x.weekStart), count: x.count }))} series={WEEK_SERIES} />
      </ChartFigure>

      <section className="card" aria-labelledby="breadth-heading">
        <h2 id="breadth-heading">{t('insights.breadth')}</h2>
        {b.enoughData ? (
          <>
            <p>
              {t('insights.across', { count: b.contexts })}
              {b.evenness !== null
                ? t('insights.evenness', {
                    value: one(b.evenness),
                    spread: t(`insights.spread.${b.evenness >= 0.7 ? 'even' : b.evenness >= 0.4 ? 'leaning' : 'one'}`),
                  })
                : ''}
            </p>
            <Table
              caption={t('insights.perContext')}
              head={[t('insights.partOfLife'), t('insights.timesHead')]}
              rows={b.byContext.map((x) => [t(`context.${x.context}`), x.n])}
            />
          </>
        ) : (
          <p className="chart-empty">{t('insights.notYet', { why: notEnough(t, b, 'placed') })}</p>
        )}
      </section>

      <section className="card" aria-labelledby="reciprocity-all-heading">
        <h2 id="reciprocity-all-heading">{t('insights.giveTake')}</h2>
        <p>
          {r.shares
            ? t('insights.reachedShares', {
                count: r.people,
                me: r.initiated.me,
                them: r.initiated.them,
                mutual: r.initiated.mutual,
                meShare: pct(r.shares.me),
                themShare: pct(r.shares.them),
                mutualShare: pct(r.shares.mutual),
              })
            : t('insights.reached', { count: r.people, me: r.initiated.me, them: r.initiated.them, mutual: r.initiated.mutual })}{' '}
          {t('insights.helped', { gave: r.help.gave, received: r.help.received })}
        </p>
        {!r.enoughData ? <p className="muted">{t('insights.noShares', { why: notEnough(t, r, 'times') })}</p> : null}
        {r.oneSided.people.length ? (
          <ul className="plain-list reciprocity-notes" aria-label={t('insights.oneSided')}>
            {r.oneSided.people.map((p) => (
              <li key={p.personId}>
                <strong>{p.name}</strong>: {p.notes.map((n) => oneSidedNote(t, n.code, p.name, p.n)).join(' ')}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card" aria-labelledby="inv-heading">
        <h2 id="inv-heading">{t('links.invitations')}</h2>
        <p>
          {t('insights.invitations', {
            count: inv.n,
            accepted: inv.byStatus.accepted,
            declined: inv.byStatus.declined,
            noAnswer: inv.byStatus['no-answer'],
          })}
          {inv.acceptanceRate !== null ? t('insights.rate', { rate: pct(inv.acceptanceRate), decided: inv.decided }) : ''}
        </p>
        {!inv.enoughData ? (
          <p className="muted">{t('insights.noRate', { why: notEnough(t, { n: inv.decided, minimum: inv.minimum }, 'answered') })}</p>
        ) : null}
      </section>

      <ChartFigure
        caption={t('insights.warmthCaption')}
        basis={t('insights.times', { count: w.n })}
        enough={w.enoughData && warmRows.length > 0}
        notEnough={t('insights.warmthNotEnough')}
        table={
          <Table
            caption={t('insights.warmthTable')}
            head={[t('insights.group'), t('insights.timesHead'), t('insights.warmth'), t('insights.support')]}
            rows={warmRows.map((x) => [x.label, x.n, one(x.meanWarmth), one(x.meanSupport)])}
          />
        }
      >
        <RankBars
          rows={warmRows.map((x) => ({
            key: x.key,
            label: x.label,
            text: t('insights.row', { count: x.n, warmth: one(x.meanWarmth), support: one(x.meanSupport) }),
            value: x.meanWarmth ?? 0,
          }))}
        />
      </ChartFigure>
    </>
  );
}
