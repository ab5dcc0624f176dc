import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { CreateUrgeBody, Urge } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { dayKey, formatDayKey } from '../../lib/dates.js';
import { useOutboxStatus } from '../../offline/useOutbox.js';
import { urgesApi } from './api.js';
import { UrgeCard } from './UrgeCard.js';
import { usePartnerName } from './usePartnerName.js';

const PAGE_SIZE = 20;

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };
type Waiting = { localId: string | null; body: CreateUrgeBody; queuedAt: string };

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
  const outbox = useOutboxStatus();
  const [items, setItems] = useState<Urge[]>([]);
  const [waiting, setWaiting] = useState<Waiting[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const firstNewRef = useRef<string | null>(null);

  // Read again whenever what waits on this device changes: a sync moves an urge from there to here.
  useEffect(() => {
    const controller = new AbortController();
    void urgesApi.waiting().then((w) => {
      if (!controller.signal.aborted) setWaiting([...w].reverse());
    });
    urgesApi
      .list({ limit: PAGE_SIZE }, controller.signal)
      .then((page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoad({ status: 'ready' });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [outbox.pending]);

  async function showEarlier() {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await urgesApi.list({ limit: PAGE_SIZE, cursor });
      firstNewRef.current = page.items[0]?.id ?? null;
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
      setAnnounce(`Showing ${page.items.length} earlier ${page.items.length === 1 ? 'urge' : 'urges'}.`);
    } catch (err) {
      setAnnounce(err instanceof ApiError ? err.friendly : 'We could not load more just now.');
    } finally {
      setLoadingMore(false);
    }
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
          <Button busy={loadingMore} busyLabel="Loading…" onClick={() => void showEarlier()}>
            Show earlier urges
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
