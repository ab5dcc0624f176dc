import { useState } from 'react';
import { Link } from 'react-router';
import type { Interaction } from '../../../contracts/social/interactions.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatShortDateTime } from '../../lib/dates.js';
import type { Loaded } from '../../query/loaded.js';
import { failure, useRemoveInteraction } from './queries.js';
import { helpWords } from './words.js';

const SHOWN = 10;

/** Time together with someone, newest first. */
export function InteractionHistory({
  state,
  names,
}: {
  state: Loaded<Interaction[]>;
  /** Everyone on the map by id, to name the others who were there too. */
  names: Map<string, string>;
}) {
  const { t } = useTranslation('social');
  const user = useUser();
  const removal = useRemoveInteraction();
  const [showAll, setShowAll] = useState(false);
  const [deleting, setDeleting] = useState<Interaction | null>(null);
  const message = removal.isSuccess
    ? { text: t('history.deleted'), tone: 'success' as const }
    : removal.isError
      ? { text: failure(removal.error), tone: 'error' as const }
      : null;

  function confirmDelete() {
    if (!deleting || removal.isPending) return;
    removal.mutate(deleting.id, { onSettled: () => setDeleting(null) });
  }

  return (
    <section className="interaction-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      {state.status === 'ready' && state.data.length ? (
        <ul className="moment-list" aria-label={t('history.label')}>
          {(showAll ? state.data : state.data.slice(0, SHOWN)).map((i) => {
            const when = formatShortDateTime(i.occurredAt, user.timeZone);
            const gave = helpWords(i.gave);
            const received = helpWords(i.received);
            const others = i.personIds.length > 1 ? i.personIds.map((id) => names.get(id) ?? t('history.someone')).join(', ') : null;
            return (
              <li key={i.id} className="moment interaction">
                <p className="moment-head">
                  <span className="stage-badge">{t(`channel.${i.channel}`)}</span>
                  <span>{t(`initiator.${i.initiatedBy}`)}</span>
                </p>
                <p className="muted moment-when">
                  {when}
                  {i.minutes ? t('history.minutes', { minutes: i.minutes }) : ''}
                </p>
                {others ? <p>{t('history.with', { others })}</p> : null}
                <p>{t('history.ratings', { warmth: i.warmth, support: i.support })}</p>
                {gave !== null || received !== null ? (
                  <p>
                    {gave !== null ? (gave ? t('history.gaveHow', { how: gave }) : t('history.gave')) : null}
                    {gave !== null && received !== null ? ' · ' : null}
                    {received !== null ? (received ? t('history.receivedHow', { how: received }) : t('history.received')) : null}
                  </p>
                ) : null}
                {i.topics.length ? (
                  <ul className="tag-list" aria-label={t('history.topics')}>
                    {i.topics.map((t) => (
                      <li key={t} className="tag tag-static">
                        {t}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {i.reflection ? <p className="moment-note">{i.reflection}</p> : null}
                <div className="actions">
                  <Link to={`/people/log?edit=${i.id}`} state={{ interaction: i }} className="button button-quiet">
                    {t('history.edit')}
                    <span className="visually-hidden">{t('history.from', { when })}</span>
                  </Link>
                  <Button variant="quiet" onClick={() => setDeleting(i)}>
                    {t('history.delete')}
                    <span className="visually-hidden">{t('history.from', { when })}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {state.status === 'ready' && state.data.length > SHOWN && !showAll ? (
        <Button variant="quiet" onClick={() => setShowAll(true)}>
          {t('history.earlier')}
        </Button>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('history.deleteTitle')}
        confirmLabel={t('history.deleteConfirm')}
        tone="danger"
        busy={removal.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('history.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
