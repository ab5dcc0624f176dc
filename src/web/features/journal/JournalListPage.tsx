import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { CreateJournalEntryBody, JournalEntry } from '../../../contracts/journal/journal.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { Trans, useTranslation } from '../../i18n/i18n.js';
import { useOnline } from '../../offline/useOnline.js';
import { isNetworkError } from '../../query/queryClient.js';
import { loaded, type Loaded } from '../../query/loaded.js';
import { useJournal, useWaitingEntries } from './queries.js';
import { EntryCard } from './EntryCard.js';
import type { SavedState } from './JournalNewPage.js';
import { sentVerdicts } from './sentVerdicts.js';
import { QuickMood } from './QuickMood.js';

const PAGE_SIZE = 20;

/** An entry waiting on this device, shaped like a saved one so it reads the same in the list. */
function waitingEntry(w: { localId: string | null; body: CreateJournalEntryBody; queuedAt: string }): JournalEntry {
  return {
    id: w.localId ?? w.queuedAt,
    text: w.body.text ?? '',
    mood: w.body.mood ?? null,
    tags: w.body.tags ?? [],
    prompt: w.body.prompt ?? null,
    createdAt: w.queuedAt,
    updatedAt: w.queuedAt,
  };
}

export function JournalListPage() {
  const { t } = useTranslation('journal');
  const user = useUser();
  const location = useLocation();
  const [params] = useSearchParams();
  const tag = params.get('tag');
  const [announce, setAnnounce] = useState('');
  const navigate = useNavigate();
  const online = useOnline();
  const journal = useJournal({ tag, limit: PAGE_SIZE }, { enabled: online });
  const waitingQuery = useWaitingEntries();
  // Newest first; the outbox keeps them oldest first.
  const waiting = useMemo(() => (waitingQuery.data ?? []).map(waitingEntry).reverse(), [waitingQuery.data]);
  const items = useMemo(() => journal.data?.pages.flatMap((p) => p.items) ?? [], [journal.data]);
  const cursor = journal.hasNextPage;
  // With nothing cached, offline (known, or found on trying) has its own calm note rather than an error.
  const offline = !items.length && (!online || isNetworkError(journal.error));
  const load: { status: 'offline' } | Loaded<unknown> = offline ? { status: 'offline' } : loaded(journal);
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const [queued] = useState(() => (location.state as SavedState | null)?.saved === 'queued');
  // Entries written offline that the server, once they arrived, said may need support near them.
  const [flagged, setFlagged] = useState<string[]>(() => sentVerdicts.take());

  useEffect(
    () =>
      sentVerdicts.subscribe(() => {
        const more = sentVerdicts.take();
        if (more.length) setFlagged((ids) => [...ids, ...more]);
      }),
    [],
  );

  // The notes belong to this visit; a reload should not repeat them.
  useEffect(() => {
    if (location.state) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location, navigate]);
  // Tags seen during this visit, so the filter chips stay put while one of them is chosen.
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const firstNewRef = useRef<string | null>(null);

  useEffect(() => {
    setKnownTags((known) => {
      const all = new Set(known);
      for (const e of items) for (const t of e.tags) all.add(t);
      return all.size === known.length ? known : [...all].sort();
    });
  }, [items]);

  async function loadMore() {
    const res = await journal.fetchNextPage();
    if (res.error) {
      // The problem's own sentence, as the list's first page would say it.
      const failed = loaded({ data: undefined, error: res.error });
      setAnnounce(failed.status === 'error' ? failed.message : t('list.moreFailed'));
      return;
    }
    const page = res.data?.pages.at(-1);
    if (!page) return;
    firstNewRef.current = page.items[0]?.id ?? null;
    setAnnounce(t('list.showingOlder', { count: page.items.length }));
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
    <Page title={t('list.title')} heading={t('list.heading')}>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {deleted ? (
        <p className="notice" role="status">
          {t('list.deleted')}
        </p>
      ) : null}
      {queued ? (
        <p className="notice" role="status">
          {t('list.queued')}
        </p>
      ) : null}
      {flagged.length ? <CrisisPanel region={user.region} /> : null}
      <QuickMood />
      <div className="actions">
        <Link to="/journal/new" className="button button-primary">
          {t('list.write')}
        </Link>
      </div>

      {chips.length ? (
        <nav aria-label={t('list.filterByTag')} className="chips">
          <ul>
            <li>
              <Link to="/journal" className="chip" aria-current={tag ? undefined : 'true'}>
                {t('list.allEntries')}
              </Link>
            </li>
            {chips.map((chip) => (
              <li key={chip}>
                <Link to={`/journal?tag=${encodeURIComponent(chip)}`} className="chip" aria-current={chip === tag ? 'true' : undefined}>
                  {chip}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {waiting.length && !tag ? (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('list.waitingHeading')}</h2>
          <p className="muted">{t('list.waitingText')}</p>
          <ol className="entry-list" aria-labelledby="waiting-heading">
            {waiting.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} timeZone={user.timeZone} headingLevel={3} waiting />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? <p className="notice notice-error">{load.message}</p> : null}
      {load.status === 'offline' ? <p className="notice">{t('list.offline')}</p> : null}
      {load.status === 'ready' && items.length === 0 && !waiting.length ? (
        <div className="empty card">
          {tag ? (
            <p>
              <Trans t={t} i18nKey="list.noneWithTag" values={{ tag }} components={{ a: <Link to="/journal" /> }} />
            </p>
          ) : (
            <>
              <h2>{t('list.emptyHeading')}</h2>
              <p>{t('list.empty')}</p>
            </>
          )}
        </div>
      ) : null}

      {items.length ? (
        <ol className="entry-list" aria-label={tag ? t('list.tagged', { tag }) : t('list.entries')}>
          {items.map((entry) => (
            <li key={entry.id} data-entry-id={entry.id}>
              <EntryCard entry={entry} timeZone={user.timeZone} />
            </li>
          ))}
        </ol>
      ) : null}

      {cursor ? (
        <div className="actions actions-center">
          <Button busy={journal.isFetchingNextPage} busyLabel={t('loading')} onClick={() => void loadMore()}>
            {t('list.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
