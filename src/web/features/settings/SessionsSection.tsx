import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { describeAgent, settingsApi } from './api.js';

export function SessionsSection({ version }: { version: number }) {
  const user = useUser();
  const [items, setItems] = useState<Session[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setItems((await settingsApi.sessions(signal)).items);
    } catch (err) {
      if (signal?.aborted) return;
      setMessage(err instanceof ApiError ? err.friendly : 'The list could not be loaded just now.');
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload, version]);

  const others = items?.filter((s) => !s.current) ?? [];

  async function end(ids: string[]) {
    setBusyId(ids.length === 1 ? (ids[0] ?? null) : 'all');
    try {
      for (const id of ids) await settingsApi.endSession(id);
      setMessage(ids.length === 1 ? 'That device is signed out.' : 'All your other devices are signed out.');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong; please try again.');
    } finally {
      setBusyId(null);
      await reload();
    }
  }

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you’re signed in</h2>
      <p>If you see a device you don’t recognise, end its session and change your password.</p>
      {items === null ? <p className="muted">Loading your devices…</p> : null}
      {items ? (
        <ul className="session-list">
          {items.map((s) => {
            const name = describeAgent(s.userAgent);
            return (
              <li key={s.id} className="session" data-current={s.current || undefined}>
                <div>
                  <p className="session-name">
                    {name}
                    {s.current ? <span className="badge">This device</span> : null}
                  </p>
                  <p className="session-meta">
                    Signed in {formatShortDateTime(s.createdAt, user.timeZone)} · last active{' '}
                    {formatShortDateTime(s.lastSeenAt, user.timeZone)}
                  </p>
                </div>
                {s.current ? null : (
                  <Button variant="secondary" busy={busyId === s.id} busyLabel="Ending…" onClick={() => void end([s.id])}>
                    End session
                    <span className="visually-hidden">
                      : {name}, last active {formatShortDateTime(s.lastSeenAt, user.timeZone)}
                    </span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <FormMessage message={message} tone="info" />
      {others.length > 1 ? (
        <div className="actions">
          <Button busy={busyId === 'all'} busyLabel="Ending…" onClick={() => void end(others.map((s) => s.id))}>
            End all other sessions
          </Button>
        </div>
      ) : null}
      {items && others.length === 0 ? <p className="muted">This is the only device signed in.</p> : null}
    </section>
  );
}
