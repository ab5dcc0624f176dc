import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import type { Loaded } from '../../query/loaded.js';
import type { ReachOut } from './api.js';
import { useUpdatePerson } from './queries.js';
import { plural, rhythmWords } from './words.js';

const WEEK_MS = 7 * 86_400_000;

/** People whose wished-for rhythm has come round, as an invitation: nobody is late, nothing is owed. */
export function ReachOutList({ state }: { state: Loaded<ReachOut[]> }) {
  const updatePerson = useUpdatePerson();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  async function rest(item: ReachOut) {
    setBusy(item.personId);
    try {
      await updatePerson(item.personId, { snoozedUntil: new Date(Date.now() + WEEK_MS).toISOString() });
      setMessage({ text: `${item.name} is resting off this list for a week.`, tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card reach-out" aria-labelledby="reach-out-heading">
      <h2 id="reach-out-heading">Maybe reach out soon</h2>
      <p className="muted">Only if it feels right. A short message or a wave counts as much as a long visit.</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <p>Nobody’s rhythm has come round yet. People you give a rhythm to will show here when it might be nice to be in touch.</p>
      ) : null}
      {state.status === 'ready' && state.data.length ? (
        <ul className="reach-out-list" aria-label="People you might reach out to, the longest since contact first">
          {state.data.map((item) => (
            <li key={item.personId} className="reach-out-item">
              <p className="reach-out-name">
                <Link to={`/people/${item.personId}`}>{item.name}</Link>
              </p>
              <p className="muted">
                It’s been {plural(item.daysSinceContact, 'day')}; you’d like to be in touch {rhythmWords(item.rhythmDays)}.
              </p>
              <div className="actions">
                <Link to={`/people/${item.personId}#log`} className="button button-secondary">
                  Log time together<span className="visually-hidden"> with {item.name}</span>
                </Link>
                <Button variant="quiet" busy={busy === item.personId} busyLabel="Resting…" onClick={() => void rest(item)}>
                  Not this week<span className="visually-hidden"> for {item.name}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
