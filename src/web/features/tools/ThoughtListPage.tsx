import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ThoughtRecord } from '../../../contracts/thought-records.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { thoughtsApi } from './api.js';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

export function ThoughtListPage() {
  const user = useUser();
  const location = useLocation();
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const [items, setItems] = useState<ThoughtRecord[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [more, setMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    thoughtsApi
      .list({ limit: 20 }, controller.signal)
      .then((page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoad({ status: 'ready' });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted)
          setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, []);

  async function loadMore() {
    if (!cursor) return;
    setMore(true);
    try {
      const page = await thoughtsApi.list({ cursor, limit: 20 });
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      setMore(false);
    }
  }

  return (
    <Page
      title="Thought records"
      heading="Thought records"
      lead="A worried thought feels like a fact. Writing it down, with the evidence on both sides, helps you see it as one possible view."
    >
      <p className="back-link">
        <Link to="/tools">All tools</Link>
      </p>
      {deleted ? (
        <p className="notice" role="status">
          The thought record was deleted.
        </p>
      ) : null}
      <div className="actions">
        <Link to="/tools/thoughts/new" className="button button-primary">
          New thought record
        </Link>
      </div>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? <p className="notice notice-error">{load.message}</p> : null}
      {load.status === 'ready' && items.length === 0 ? (
        <div className="empty card">
          <h2>None yet</h2>
          <p>The next time a thought keeps circling, try writing it here. It takes about five minutes.</p>
        </div>
      ) : null}
      {items.length ? (
        <ol className="entry-list" aria-label="Thought records, newest first">
          {items.map((r) => (
            <li key={r.id}>
              <article className="entry-card">
                <h2 className="entry-card-title">
                  <Link to={`/tools/thoughts/${r.id}`}>{formatShortDateTime(r.occurredAt, user.timeZone)}</Link>
                </h2>
                <p className="entry-card-text">
                  {r.automaticThought.length > 160 ? `${r.automaticThought.slice(0, 160).trimEnd()}…` : r.automaticThought}
                </p>
                <p className="entry-card-meta">
                  <span>
                    {r.emotion} {r.emotionIntensity}/10
                    {r.emotionIntensityAfter !== null ? ` → ${r.emotionIntensityAfter}/10` : ''}
                  </span>
                </p>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {cursor ? (
        <div className="actions actions-center">
          <Button busy={more} busyLabel="Loading…" onClick={() => void loadMore()}>
            Load more
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
