import { useState, type FormEvent } from 'react';
import { PRACTICE_NAME_MAX, type Practice } from '../../../contracts/practices.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatDayKey } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { PeopleLinks } from './PeopleLinks.js';
import { useArchivePractice, useCheckPractice, useCreatePractice, usePractices, useUncheckPractice } from './socialQueries.js';
import { plural } from './words.js';
import { formatLocale } from '../../i18n/i18n.js';

/** The last few days, today first, to tick a day that slipped by. */
function recentDays(today: string, n: number): string[] {
  const t = new Date(`${today}T12:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => new Date(t - i * 86_400_000).toISOString().slice(0, 10));
}

function shortDay(day: string, today: string): string {
  if (day === today) return 'Today';
  return new Intl.DateTimeFormat(formatLocale(), { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Small daily practices, ticked off as counts of days: a day missed takes nothing away. */
export function PracticesPage() {
  const query = usePractices();
  const state = loaded(query);
  const createPractice = useCreatePractice();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  async function add(value: string) {
    const trimmed = value.trim();
    if (!trimmed) {
      setError('Give the practice a name');
      return;
    }
    setError(null);
    try {
      await createPractice(trimmed);
      setName('');
      setMessage({ text: `Added “${trimmed}”.`, tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.fieldErrors.name ?? err.friendly);
    }
  }

  return (
    <Page
      title="Daily practices"
      lead="A few small things that help you feel connected. Tick them when you do them; every day counts, and a missed day takes nothing away."
      className="people practices"
    >
      <PeopleLinks />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <section aria-labelledby="practices-heading">
            <h2 id="practices-heading">Your practices</h2>
            {state.data.items.length === 0 ? <p className="muted">None chosen yet. Pick one below, or write your own.</p> : null}
            <ul className="moment-list" aria-label="Your practices">
              {state.data.items.map((p) => (
                <PracticeItem key={p.id} practice={p} today={state.data.today} />
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="add-practice-heading">
            <h2 id="add-practice-heading">Add a practice</h2>
            {state.data.suggestions.filter((s) => !state.data.items.some((p) => p.name === s)).length ? (
              <>
                <p className="field-label-small" id="practice-ideas">
                  Ideas, one tap to add
                </p>
                <ul className="toggle-chips" aria-labelledby="practice-ideas">
                  {state.data.suggestions
                    .filter((s) => !state.data.items.some((p) => p.name === s))
                    .map((s) => (
                      <li key={s}>
                        <button type="button" className="toggle-chip" onClick={() => void add(s)}>
                          {s}
                        </button>
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
            <form
              noValidate
              className="form"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                void add(name);
              }}
            >
              <div className={error ? 'field field-has-error' : 'field'}>
                <label htmlFor="practice-name" className="field-label">
                  Or in your own words
                </label>
                <input
                  id="practice-name"
                  name="name"
                  className="input"
                  maxLength={PRACTICE_NAME_MAX}
                  value={name}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'practice-name-error' : undefined}
                  onChange={(e) => setName(e.target.value)}
                />
                {error ? (
                  <p id="practice-name-error" className="field-error">
                    {error}
                  </p>
                ) : null}
              </div>
              <div className="actions">
                <Button type="submit" variant="primary">
                  Add it
                </Button>
              </div>
              <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
            </form>
          </section>
        </>
      ) : null}
    </Page>
  );
}

function PracticeItem({ practice, today }: { practice: Practice; today: string }) {
  const check = useCheckPractice();
  const uncheck = useUncheckPractice();
  const archive = useArchivePractice();
  const [error, setError] = useState<string | null>(null);
  const done = new Set(practice.recentDays);
  if (practice.doneToday) done.add(today);

  async function toggle(day: string) {
    setError(null);
    try {
      if (done.has(day)) await uncheck(practice.id, day);
      else await check(practice.id, day);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.friendly);
    }
  }

  async function putAway() {
    try {
      await archive(practice.id);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.friendly);
    }
  }

  return (
    <li className="moment practice">
      <p className="moment-head">{practice.name}</p>
      <p className="muted">
        Done on {plural(practice.days.last7, 'day')} of the last 7 · {plural(practice.days.last30, 'day')} of the last 30 ·{' '}
        {plural(practice.days.allTime, 'day')} in all
      </p>
      <ul className="toggle-chips practice-days" aria-label={`Tick the days you did “${practice.name}”`}>
        {recentDays(today, 7).map((day) => (
          <li key={day}>
            <button
              type="button"
              className="toggle-chip"
              aria-pressed={done.has(day)}
              aria-label={`${day === today ? 'Today' : formatDayKey(day)}`}
              onClick={() => void toggle(day)}
            >
              {shortDay(day, today)}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <Button variant="quiet" onClick={() => void putAway()}>
          Put away<span className="visually-hidden"> “{practice.name}”</span>
        </Button>
      </div>
      <FormMessage message={error} tone="error" />
    </li>
  );
}
