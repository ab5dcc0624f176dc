import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { useThoughtRecords } from './queries.js';

export function ThoughtListPage() {
  const { t } = useTranslation('tools');
  const user = useUser();
  const location = useLocation();
  const [deleted] = useState(() => Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const query = useThoughtRecords();
  const load = loaded(query);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  return (
    <Page title={t('thoughts.title')} heading={t('thoughts.title')} lead={t('thoughts.lead')}>
      <p className="back-link">
        <Link to="/tools">{t('allTools')}</Link>
      </p>
      {deleted ? (
        <p className="notice" role="status">
          {t('thoughts.deleted')}
        </p>
      ) : null}
      <div className="actions">
        <Link to="/tools/thoughts/new" className="button button-primary">
          {t('thoughts.new')}
        </Link>
      </div>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? <p className="notice notice-error">{load.message}</p> : null}
      {load.status === 'ready' && items.length === 0 ? (
        <div className="empty card">
          <h2>{t('thoughts.noneHeading')}</h2>
          <p>{t('thoughts.none')}</p>
        </div>
      ) : null}
      {items.length ? (
        <ol className="entry-list" aria-label={t('thoughts.listLabel')}>
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
      {query.hasNextPage ? (
        <div className="actions actions-center">
          <Button busy={query.isFetchingNextPage} busyLabel={t('thoughts.loading')} onClick={() => void query.fetchNextPage()}>
            {t('thoughts.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
