import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { dayKey, formatDayKey } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { failedText, usePartnerName, useUrges, useWaitingUrges } from './queries.js';
import { UrgeCard } from './UrgeCard.js';

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
  const { t } = useTranslation('urges');
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
      setAnnounce(failedText(res.error, t('history.moreFailed')));
      return;
    }
    const page = res.data?.pages.at(-1);
    if (!page) return;
    firstNewRef.current = page.items[0]?.id ?? null;
    setAnnounce(t('history.showing', { count: page.items.length }));
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
    <Page title={t('history.title')} heading={t('history.heading')} lead={t('history.lead')} className="urge-history">
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {deleted ? (
        <p className="notice" role="status">
          {t('history.deleted')}
        </p>
      ) : null}
      <div className="actions">
        <Link to="/insights" className="button button-secondary">
          {t('history.overTime')}
        </Link>
      </div>

      {waiting.length ? (
        <section aria-labelledby="waiting-heading" className="urge-day">
          <h2 id="waiting-heading" className="urge-day-title">
            {t('history.waitingHeading')}
          </h2>
          <p className="muted">{t('history.waitingText')}</p>
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
          <h2>{t('history.emptyHeading')}</h2>
          <p>{t('history.emptyText')}</p>
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
          <Button busy={history.isFetchingNextPage} busyLabel={t('history.loading')} onClick={() => void showEarlier()}>
            {t('history.earlier')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
