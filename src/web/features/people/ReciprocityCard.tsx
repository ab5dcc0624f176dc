import { useState } from 'react';
import { Loading } from '../../components/Loading.js';
import { loaded } from '../../query/loaded.js';
import { useReciprocity } from './queries.js';
import { plural } from './words.js';

const PERIODS = [
  { days: 30, label: 'The last month' },
  { days: 90, label: 'The last three months' },
  { days: 365, label: 'The last year' },
] as const;

const one = (n: number | null) => (n === null ? '—' : `${Math.round(n * 10) / 10} of 5`);

/** Give and take with one person over a period, in counts and a few plain words. */
export function ReciprocityCard({ personId, name }: { personId: string; name: string }) {
  const [days, setDays] = useState<number>(90);
  const state = loaded(useReciprocity(personId, days));

  return (
    <section className="card reciprocity" aria-labelledby="reciprocity-heading">
      <h2 id="reciprocity-heading">Give and take</h2>
      <div className="field">
        <label htmlFor="reciprocity-period" className="field-label">
          Over
        </label>
        <select id="reciprocity-period" className="input select input-auto" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.n === 0 ? <p>Nothing logged with {name} in this period yet.</p> : null}
      {state.status === 'ready' && state.data.n > 0 ? (
        <>
          <dl className="typical">
            <div>
              <dt>Times together</dt>
              <dd>{state.data.n}</dd>
            </div>
            <div>
              <dt>Who reached out</dt>
              <dd>
                You {state.data.initiated.me} · {name} {state.data.initiated.them} · both {state.data.initiated.mutual}
              </dd>
            </div>
            <div>
              <dt>Help</dt>
              <dd>
                You gave {plural(state.data.help.gave, 'time')} · received {plural(state.data.help.received, 'time')}
              </dd>
            </div>
            <div>
              <dt>Warmth, on average</dt>
              <dd>{one(state.data.meanWarmth)}</dd>
            </div>
            <div>
              <dt>Feeling supported, on average</dt>
              <dd>{one(state.data.meanSupport)}</dd>
            </div>
          </dl>
          {state.data.notes.length ? (
            <ul className="plain-list reciprocity-notes" aria-label="Something to notice">
              {state.data.notes.map((n) => (
                <li key={n.code}>{n.text}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing looks one-sided in this period.</p>
          )}
        </>
      ) : null}
    </section>
  );
}
