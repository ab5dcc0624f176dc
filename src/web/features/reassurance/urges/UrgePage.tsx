import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UpdateUrgeBody } from '../../../../contracts/reassurance/urges.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../../components/CrisisPanel.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../../components/ItemStates.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatDateTime, formatShortDateTime } from '../../../lib/dates.js';
import { focusSoon } from '../../../lib/focusSoon.js';
import { loadedItem } from '../../../query/loaded.js';
import { failedText, urgeKeys, usePartnerName, useRemoveUrge, useUpdateUrge, useUrge } from './queries.js';
import { UrgeCard } from './UrgeCard.js';
import { UrgeForm } from './UrgeForm.js';

/** Where focus goes after editing: the page's heading, which says what changed. */
const PAGE_TITLE = 'h1.page-title';

/** One logged urge: everything about it, with ways to correct it or remove it for good. */
export function UrgePage() {
  const { t } = useTranslation('urges');
  const { id = '' } = useParams();
  const user = useUser();
  const partner = usePartnerName();
  const navigate = useNavigate();
  const query = useUrge(id);
  const load = loadedItem(query);
  const client = useQueryClient();
  const update = useUpdateUrge();
  const removeUrge = useRemoveUrge();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // A failed delete says why (the same words a failed load would), under the page's heading.
  const deleteFailed = removeUrge.error ? failedText(removeUrge.error, t('urge.deleteFailed')) : null;
  const shownMessage = deleteFailed ?? message;

  if (load.status === 'missing') {
    return (
      <ItemNotFound title={t('urge.notFoundTitle')} heading={t('urge.notFoundHeading')} back={{ to: '/urges', label: t('urge.seeAll') }} />
    );
  }
  if (load.status !== 'ready') {
    return (
      <ItemPending
        title={t('urge.pendingTitle')}
        error={load.status === 'error' ? load.message : null}
        retry={() => void query.refetch()}
      />
    );
  }

  const { urge, crisis } = load.data;
  const when = formatShortDateTime(urge.occurredAt, user.timeZone);

  async function save(body: UpdateUrgeBody) {
    const res = await update.mutateAsync({ ref: urge.id, body });
    if (res.queued) {
      // Kept on this device: show what was chosen; the server's copy follows when it syncs.
      client.setQueryData(urgeKeys.detail(id), { urge: { ...urge, ...body, triggers: body.triggers ?? urge.triggers }, crisis });
      setMessage(t('urge.savedDevice'));
    } else {
      setMessage(t('urge.saved'));
    }
    setEditing(false);
    focusSoon(PAGE_TITLE);
  }

  async function remove() {
    try {
      await removeUrge.mutateAsync(urge.id);
    } catch {
      // Said by the page (the mutation keeps the error); the urge is still here.
      setConfirmDelete(false);
      return;
    }
    await navigate('/urges', { replace: true, state: { deleted: true } });
  }

  return (
    <Page
      title={t('urge.title', { when })}
      heading={editing ? t('urge.editingHeading', { when }) : t('urge.heading', { when })}
      className="urge-page"
    >
      <FormMessage message={shownMessage} tone={deleteFailed ? 'error' : 'success'} />
      {editing ? (
        <UrgeForm
          urge={urge}
          region={user.region}
          onSave={save}
          onCancel={() => {
            setEditing(false);
            focusSoon(PAGE_TITLE);
          }}
        />
      ) : (
        <>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <div className="card urge-detail">
            <UrgeCard partner={partner} urge={urge} timeZone={user.timeZone} headingLevel={2} />
            <dl className="entry-meta">
              <div>
                <dt>{t('urge.wanted')}</dt>
                <dd className="urge-words">{urge.wantedTo ?? t('urge.nothingWritten')}</dd>
              </div>
              <div>
                <dt>{t('urge.note')}</dt>
                <dd className="urge-words">{urge.note ?? t('urge.noNote')}</dd>
              </div>
              {urge.delayMinutes !== null ? (
                <div>
                  <dt>{t('urge.waited')}</dt>
                  <dd>{t('urge.waitedMinutes', { minutes: urge.delayMinutes })}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('urge.logged')}</dt>
                <dd>{formatDateTime(urge.createdAt, user.timeZone)}</dd>
              </div>
            </dl>
          </div>
          <div className="actions">
            <Button
              variant="primary"
              onClick={() => {
                setMessage(null);
                removeUrge.reset();
                setEditing(true);
              }}
            >
              {t('urge.edit')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
              {t('urge.delete')}
            </Button>
            <Link to="/urges" className="button button-quiet">
              {t('urge.back')}
            </Link>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            title={t('urge.deleteTitle')}
            confirmLabel={t('urge.deleteConfirm')}
            cancelLabel={t('urge.deleteKeep')}
            tone="danger"
            busy={removeUrge.isPending}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => void remove()}
          >
            <p>{t('urge.deleteText')}</p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}
