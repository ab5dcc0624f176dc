import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SNOOZE_MINUTES, type Notification } from '../../../contracts/notifications/notifications.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { useOnline } from '../../offline/useOnline.js';
import { failedText } from '../reassurance/urges/queries.js';
import { useInbox, useMarkRead, useNotNow, useSnooze } from './queries.js';
import { notificationWords, ownPath } from './words.js';

type Snooze = (typeof SNOOZE_MINUTES)[number];

/**
 * The inbox: what came due, newest first, in Steady's own words for each kind. Each one opens the
 * screen it is about, can be marked read, put off for a while, or let go with "Not now". With no
 * connection it shows what this device saw last and says so; the changes wait for the connection.
 */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const user = useUser();
  const online = useOnline();
  const { state, server } = useInbox(user.id, online);
  const [said, setSaid] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const markRead = useMarkRead();
  const snooze = useSnooze();
  const notNow = useNotNow();
  const offline = state.status === 'ready' && state.fromDevice;

  const done = (text: string) => () => setSaid({ text, tone: 'info' });
  const failed = (err: unknown) => setSaid({ text: failedText(err, t('inbox.offlineActions')), tone: 'error' });
  const actions: ItemActions = {
    offline,
    read: (id) => markRead.mutate(id, { onError: failed }),
    later: (id, minutes) => snooze.mutate({ id, minutes }, { onSuccess: done(t('inbox.snoozed')), onError: failed }),
    notNow: (id) => notNow.mutate(id, { onSuccess: done(t('inbox.dismissed')), onError: failed }),
  };

  return (
    <Page title={t('inbox.title')} lead={t('inbox.lead')} className="inbox">
      <p className={said?.tone === 'error' ? 'notice notice-error' : 'visually-hidden'} role="status">
        {said?.text}
      </p>
      {offline ? (
        <p className="notice inbox-offline" role="note">
          {state.items.length ? t('inbox.offline') : t('inbox.offlineEmpty')}
        </p>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{failedText(state.error, t('inbox.offlineEmpty'))}</p> : null}
      {state.status === 'ready' && state.items.length === 0 && !offline ? (
        <div className="empty card">
          <h2>{t('inbox.emptyHeading')}</h2>
          <p>{t('inbox.emptyText')}</p>
          <div className="actions">
            <Link to="/settings#reminders-heading" className="button button-secondary">
              {t('inbox.settings')}
            </Link>
          </div>
        </div>
      ) : null}
      {state.status === 'ready' && state.items.length > 0 ? (
        <ol className="inbox-list" aria-label={t('inbox.listLabel')}>
          {state.items.map((n) => (
            <li key={n.id}>
              <InboxItem notification={n} timeZone={user.timeZone} actions={actions} />
            </li>
          ))}
        </ol>
      ) : null}
      {offline && state.items.length ? <p className="field-hint">{t('inbox.offlineActions')}</p> : null}
      {!offline && server.hasNextPage ? (
        <div className="actions actions-center">
          <Button busy={server.isFetchingNextPage} busyLabel={t('inbox.loading')} onClick={() => void server.fetchNextPage()}>
            {t('inbox.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

interface ItemActions {
  offline: boolean;
  read: (id: string) => void;
  later: (id: string, minutes: Snooze) => void;
  notNow: (id: string) => void;
}

function InboxItem({ notification: n, timeZone, actions }: { notification: Notification; timeZone: string; actions: ItemActions }) {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const words = notificationWords(n, t);
  const link = ownPath(n.link);
  const unread = n.readAt === null;
  const headingId = `notification-${n.id}`;
  const when = n.deliveredAt ?? n.dueAt;

  return (
    <article className={unread ? 'inbox-item inbox-item-unread' : 'inbox-item'} aria-labelledby={headingId}>
      <h2 id={headingId} className="inbox-item-title">
        {words.title}
        {unread ? <span className="inbox-new">{t('inbox.unread')}</span> : null}
      </h2>
      <p className="inbox-item-body">{words.body}</p>
      <p className="inbox-item-time muted">
        <time dateTime={when}>{formatShortDateTime(when, timeZone)}</time>
      </p>
      <div className="actions inbox-actions">
        {link ? (
          <Button
            variant="primary"
            onClick={() => {
              // Read the moment it is opened; the screen it is about opens at once either way.
              if (unread && !actions.offline) actions.read(n.id);
              void navigate(link);
            }}
          >
            {t('inbox.open')}
          </Button>
        ) : null}
        {unread && !actions.offline ? <Button onClick={() => actions.read(n.id)}>{t('inbox.markRead')}</Button> : null}
        {!actions.offline ? (
          <>
            <details className="inbox-later">
              <summary className="button button-secondary" aria-label={t('inbox.snoozeLabel', { title: words.title })}>
                {t('inbox.snooze')}
              </summary>
              <div className="inbox-later-choices">
                {SNOOZE_MINUTES.map((minutes) => (
                  <Button key={minutes} variant="quiet" onClick={() => actions.later(n.id, minutes)}>
                    {t('inbox.snoozeFor', { minutes })}
                  </Button>
                ))}
              </div>
            </details>
            <Button variant="quiet" onClick={() => actions.notNow(n.id)}>
              {t('inbox.notNow')}
            </Button>
          </>
        ) : null}
      </div>
    </article>
  );
}
