import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { JournalEntry } from '../../../contracts/journal.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { journalApi } from './api.js';
import { EntryCard } from './EntryCard.js';
import { QuickMood } from './QuickMood.js';

const PAGE_SIZE = 20;

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

export function JournalListPage() {
  const user = useUser();
  const location = useLocation();
  const [params] = useSearchParams();
  const tag = params.get('tag');
  const [items, setItems] = useState<JournalEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  // Tags seen during this visit, so the filter chips stay put while one of them is chosen.
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const firstNewRef = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    journalApi
      .list({ tag, limit: PAGE_SIZE }, controller.signal)
      .then((page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoad({ status: 'ready' });
        rememberTags(page.items);
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [tag]);

  function rememberTags(entries: JournalEntry[]) {
    setKnownTags((known) => {
      const all = new Set(known);
      for (const e of entries) for (const t of e.tags) all.add(t);
      return all.size === known.length ? known : [...all].sort();
    });
  }

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await journalApi.list({ tag, cursor, limit: PAGE_SIZE });
      firstNewRef.current = page.items[0]?.id ?? null;
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
      rememberTags(page.items);
      setAnnounce(`Showing ${page.items.length} older ${page.items.length === 1 ? 'entry' : 'entries'}.`);
    } catch (err) {
      setAnnounce(err instanceof ApiError ? err.friendly : 'We could not load more just now.');
    } finally {
      setLoadingMore(false);
    }
  }

  // Keyboard and screen-reader users land on the first of the newly loaded entries.
  useEffect(() => {
    const id = firstNewRef.current;
    if (!id) return;
    firstNewRef.current = null;
    document.querySelector<HTMLElement>(`[data-entry-id="${id}"] a`)?.focus();
  }, [items]);

  const chips = tag && !knownTags.includes(tag) ? [...knownTags, tag] : knownTags;

  return (
    <Page title={tag ? `Journal: ${tag}` : 'Journal'} heading="Your journal">
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {deleted ? (
        <p className="notice" role="status">
          The entry was deleted.
        </p>
      ) : null}
      <QuickMood />
      <div className="actions">
        <Link to="/journal/new" className="button button-primary">
          Write an entry
        </Link>
      </div>

      {chips.length ? (
        <nav aria-label="Filter by tag" className="chips">
          <ul>
            <li>
              <Link to="/journal" className="chip" aria-current={tag ? undefined : 'true'}>
                All entries
              </Link>
            </li>
            {chips.map((t) => (
              <li key={t}>
                <Link to={`/journal?tag=${encodeURIComponent(t)}`} className="chip" aria-current={t === tag ? 'true' : undefined}>
                  {t}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? <p className="notice notice-error">{load.message}</p> : null}
      {load.status === 'ready' && items.length === 0 ? (
        <div className="empty card">
          {tag ? (
            <p>
              No entries with the tag “{tag}” yet. <Link to="/journal">See all entries</Link>
            </p>
          ) : (
            <>
              <h2>Nothing here yet</h2>
              <p>Whenever you’re ready. Your first entry can be a single sentence about how today felt.</p>
            </>
          )}
        </div>
      ) : null}

      {items.length ? (
        <ol className="entry-list" aria-label={tag ? `Entries tagged ${tag}, newest first` : 'Entries, newest first'}>
          {items.map((entry) => (
            <li key={entry.id} data-entry-id={entry.id}>
              <EntryCard entry={entry} timeZone={user.timeZone} />
            </li>
          ))}
        </ol>
      ) : null}

      {cursor ? (
        <div className="actions actions-center">
          <Button busy={loadingMore} busyLabel="Loading…" onClick={() => void loadMore()}>
            Load more
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
