import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import type { MoodInsights } from '../../../../contracts/reassurance/insights.js';
import { Button } from '../../../components/Button.js';
import { Loading } from '../../../components/Loading.js';
import { shortDay } from '../../../lib/weeks.js';
import { loaded } from '../../../query/loaded.js';
import { ChartFigure, PointLines } from './charts.js';
import { useMoodInsights } from './queries.js';
import { one } from './takeaways.js';
import { formatLocale, Trans, useTranslation } from '../../../i18n/i18n.js';

type View = MoodInsights['view'];

const VIEWS: readonly View[] = ['week', 'month'];
const MOOD_SERIES = { key: 'mood', tone: 'tone-primary' };

/** "from 5 moods on 4 days this week": how much the picture stands on, in plain words. */
export function moodBasis(mood: Pick<MoodInsights, 'moods' | 'daysWithMood' | 'view'>, t: TFunction<'insights'>): string {
  if (mood.moods === 0) return t('mood.none', { view: mood.view });
  return t('mood.basis', { view: mood.view, moods: mood.moods, days: mood.daysWithMood });
}

const weekday = (date: string) =>
  new Intl.DateTimeFormat(formatLocale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * Mood at a glance: the journal's moods by day (the person's own days, from the server), over the
 * last week or month, with how many moods it stands on. A day with several moods shows them
 * together; a day with none is a gap, never a zero.
 */
export function MoodGlance() {
  const { t } = useTranslation(['insights', 'common']);
  const [view, setView] = useState<View>('week');
  const query = useMoodInsights(view);
  const load = loaded(query);
  const name = useId();

  return (
    <section className="card mood-glance" aria-labelledby="mood-heading">
      <h2 id="mood-heading">{t('mood.heading')}</h2>
      <fieldset className="mood-views">
        <legend className="visually-hidden">{t('mood.show')}</legend>
        <div className="choice-row">
          {VIEWS.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={name} value={v} checked={view === v} onChange={() => setView(v)} />
              {t(`mood.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {load.status === 'loading' || load.status === 'missing' ? <Loading label={t('mood.gathering')} /> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => void query.refetch()}>{t('common:tryAgain')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <MoodChart mood={load.data} /> : null}
    </section>
  );
}

function MoodChart({ mood }: { mood: MoodInsights }) {
  const { t } = useTranslation('insights');
  const label = (date: string) => (mood.view === 'week' ? weekday(date) : shortDay(date));
  return (
    <ChartFigure
      caption={t('mood.caption')}
      basis={moodBasis(mood, t)}
      enough={mood.moods > 0}
      notEnough={<Trans t={t} i18nKey="mood.notEnough" components={{ a: <Link to="/journal" /> }} />}
      table={
        <table>
          <caption>{t('mood.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mood.day')}</th>
              <th scope="col">{t('mood.value')}</th>
              <th scope="col">{t('mood.count')}</th>
            </tr>
          </thead>
          <tbody>
            {mood.days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{shortDay(d.date)}</th>
                <td>{d.mood === null ? t('mood.noneLogged') : one(d.mood)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PointLines xLabels={mood.days.map((d) => label(d.date))} series={[{ ...MOOD_SERIES, values: mood.days.map((d) => d.mood) }]} />
    </ChartFigure>
  );
}
