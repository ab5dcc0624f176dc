import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import type { MoodInsights } from '../../../contracts/insights.js';
import { ApiError, api } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { shortDay } from '../../lib/weeks.js';
import { ChartFigure, PointLines } from './charts.js';
import { one } from './takeaways.js';
import { formatLocale } from '../../i18n/i18n.js';

type View = MoodInsights['view'];
type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; mood: MoodInsights };

const VIEWS: { id: View; label: string; span: string }[] = [
  { id: 'week', label: 'This week', span: 'this week' },
  { id: 'month', label: 'This month', span: 'in the last 30 days' },
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "from 5 moods on 4 days this week": how much the picture stands on, in plain words. */
export function moodBasis(mood: Pick<MoodInsights, 'moods' | 'daysWithMood' | 'view'>): string {
  const span = VIEWS.find((v) => v.id === mood.view)?.span ?? '';
  if (mood.moods === 0) return `No moods logged ${span} yet.`;
  return `From ${plural(mood.moods, 'mood')} on ${plural(mood.daysWithMood, 'day')} ${span}.`;
}

const weekday = (date: string) =>
  new Intl.DateTimeFormat(formatLocale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * Mood at a glance: the journal's moods by day (the person's own days, from the server), over the
 * last week or month, with how many moods it stands on. A day with several moods shows them
 * together; a day with none is a gap, never a zero.
 */
export function MoodGlance() {
  const [view, setView] = useState<View>('week');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const name = useId();

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    api
      .get<MoodInsights>(`/api/v1/insights/mood?view=${view}`, controller.signal)
      .then((mood) => setLoad({ status: 'ready', mood }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted)
          setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [view, attempt]);

  return (
    <section className="card mood-glance" aria-labelledby="mood-heading">
      <h2 id="mood-heading">Mood at a glance</h2>
      <fieldset className="mood-views">
        <legend className="visually-hidden">Show</legend>
        <div className="choice-row">
          {VIEWS.map((v) => (
            <label key={v.id} className="choice">
              <input type="radio" name={name} value={v.id} checked={view === v.id} onChange={() => setView(v.id)} />
              {v.label}
            </label>
          ))}
        </div>
      </fieldset>
      {load.status === 'loading' ? <Loading label="Gathering your moods…" /> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <MoodChart mood={load.mood} /> : null}
    </section>
  );
}

function MoodChart({ mood }: { mood: MoodInsights }) {
  const label = (date: string) => (mood.view === 'week' ? weekday(date) : shortDay(date));
  return (
    <ChartFigure
      caption="How you felt each day, from 0 (very low) to 10 (very good), from the moods in your journal."
      basis={moodBasis(mood)}
      enough={mood.moods > 0}
      notEnough={
        <>
          A mood takes one tap on the <Link to="/journal">journal</Link> page, with or without words. Each one shows here on its day.
        </>
      }
      table={
        <table>
          <caption>Mood by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Mood (0 to 10)</th>
              <th scope="col">Moods logged</th>
            </tr>
          </thead>
          <tbody>
            {mood.days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{shortDay(d.date)}</th>
                <td>{d.mood === null ? 'none logged' : one(d.mood)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PointLines
        xLabels={mood.days.map((d) => label(d.date))}
        series={[{ key: 'mood', tone: 'tone-primary', values: mood.days.map((d) => d.mood) }]}
      />
    </ChartFigure>
  );
}
