import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { dayKey, formatDayKey } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useUrges, useWaitingUrges } from './queries.js';
import { UrgeCard } from './UrgeCard.js';
import { usePartnerName } from './usePartnerName.js';

const PAGE_SIZE = 20;

/** Newest first, split into the person's own calendar days. */
export function byDay<T>(items: T[], at: (item: T) => string, timeZone: string): { day: string; items: T[] }[] {
  const days: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayKey(at(item), timeZone);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** Every urge logged, to look back on, correct, or remove. A record of noticing, not a score. */
export function UrgeHistoryPage() {
  const user = useUser();
  const partner = usePartnerName();
  const location = useLocation();
  const history = useUrges({ limit: PAGE_SIZE });
  const waitingQuery = useWaitingUrges();
  const [announce, setAnnounce] = useState('');
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const firstNewRef = useRef<string | null>(null);
  const items = useMemo(() => history.data?.pages.flatMap((p) => p.items) ?? [], [history.data]);
  const load = loaded(history);
  // Newest first; the outbox keeps them oldest first.
  const waiting = useMemo(() => [...(waitingQuery.data ?? [])].reverse(), [waitingQuery.data]);
  const cursor = history.hasNextPage;

  async function showEarlier() {
    const res = await history.fetchNextPage();
    if (res.error) {
      setAnnounce(res.error instanceof ApiError ? res.error.friendly : 'We could not load more just now.');
      return;
    }
    const page = res.data?.pages.at(-1);
    if (!page) return;
    firstNewRef.current = page.items[0]?.id ?? null;
    setAnnounce(`Showing ${page.items.length} earlier ${page.items.length === 1 ? 'urge' : 'urges'}.`);
  }

  // Keyboard and screen-reader users land on the first of the urges just loaded.
  useEffect(() => {
    const id = firstNewRef.current;
    if (!id) return;
    firstNewRef.current = null;
    document.querySelector<HTMLElement>(`[data-urge-id="${id}"] a`)?.focus();
  }, [items]);

  const days = byDay(items, (u) => u.occurredAt, user.timeZone);

  return (
    <Page
      title="Your urges"
      heading="Urges you noticed"
      lead="Each one is a moment you caught the pattern. Open one to add a detail, correct it, or remove it."
      className="urge-history"
    >
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {deleted ? (
        <p className="notice" role="status">
          The urge was deleted.
        </p>
      ) : null}
      <div className="actions">
        <Link to="/insights" className="button button-secondary">
          See my urges over time
        </Link>
      </div>

      {waiting.length ? (
        <section aria-labelledby="waiting-heading" className="urge-day">
          <h2 id="waiting-heading" className="urge-day-title">
            Saved on this device
          </h2>
          <p className="muted">These will be added to your account when you’re back online. Nothing is lost.</p>
          <ol className="urge-list">
            {waiting.map((w) => (
              <li key={w.localId ?? w.queuedAt}>
                <UrgeCard partner={partner} urge={w.body} timeZone={user.timeZone} waiting />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? <p className="notice notice-error">{load.message}</p> : null}
      {load.status === 'ready' && items.length === 0 && !waiting.length ? (
        <div className="empty card">
          <h2>Nothing here yet</h2>
          <p>
            When the urge to ask for reassurance comes, tap “I want reassurance”, always on screen. Each one you log shows up here, newest
            first.
          </p>
        </div>
      ) : null}

      {days.map(({ day, items: urges }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="urge-day">
          <h2 id={`day-${day}`} className="urge-day-title">
            {formatDayKey(day)}
          </h2>
          <ol className="urge-list">
            {urges.map((urge) => (
              <li key={urge.id} data-urge-id={urge.id}>
                <UrgeCard partner={partner} urge={urge} timeZone={user.timeZone} href={`/urges/${urge.id}`} />
              </li>
            ))}
          </ol>
        </section>
      ))}

      {cursor ? (
        <div className="actions actions-center">
          <Button busy={history.isFetchingNextPage} busyLabel="Loading…" onClick={() => void showEarlier()}>
            Show earlier urges
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
