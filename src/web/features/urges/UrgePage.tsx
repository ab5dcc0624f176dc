import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UpdateUrgeBody } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { formatDateTime, formatShortDateTime } from '../../lib/dates.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { loadedItem } from '../../query/loaded.js';
import { urgeKeys, useRemoveUrge, useUpdateUrge, useUrge } from './queries.js';
import { UrgeCard } from './UrgeCard.js';
import { usePartnerName } from './usePartnerName.js';
import { UrgeForm } from './UrgeForm.js';

/** One logged urge: everything about it, with ways to correct it or remove it for good. */
export function UrgePage() {
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
  const [deleting, setDeleting] = useState(false);

  if (load.status === 'missing') {
    return (
      <ItemNotFound title="Urge not found" heading="We couldn’t find that urge" back={{ to: '/urges', label: 'See all your urges' }} />
    );
  }
  if (load.status !== 'ready') {
    return (
      <ItemPending title="An urge you noticed" error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />
    );
  }

  const { urge, crisis } = load.data;
  const when = formatShortDateTime(urge.occurredAt, user.timeZone);

  async function save(body: UpdateUrgeBody) {
    const res = await update.mutateAsync({ ref: urge.id, body });
    if (res.queued) {
      // Kept on this device: show what was chosen; the server's copy follows when it syncs.
      client.setQueryData(urgeKeys.detail(id), { urge: { ...urge, ...body, triggers: body.triggers ?? urge.triggers }, crisis });
      setMessage('Saved on this device. It will sync when you’re back online.');
    } else {
      setMessage('Your changes are saved.');
    }
    setEditing(false);
    focusSoon('h1.page-title');
  }

  async function remove() {
    setDeleting(true);
    try {
      await removeUrge.mutateAsync(urge.id);
      await navigate('/urges', { replace: true, state: { deleted: true } });
    } catch (err) {
      setDeleting(false);
      setConfirmDelete(false);
      setMessage(err instanceof ApiError ? err.friendly : 'We could not delete it just now.');
    }
  }

  return (
    <Page title={`Urge from ${when}`} heading={editing ? `Editing the urge from ${when}` : `The urge from ${when}`} className="urge-page">
      <FormMessage message={message} tone="success" />
      {editing ? (
        <UrgeForm
          urge={urge}
          region={user.region}
          onSave={save}
          onCancel={() => {
            setEditing(false);
            focusSoon('h1.page-title');
          }}
        />
      ) : (
        <>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <div className="card urge-detail">
            <UrgeCard partner={partner} urge={urge} timeZone={user.timeZone} headingLevel={2} />
            <dl className="entry-meta">
              <div>
                <dt>What you wanted to ask or send</dt>
                <dd className="urge-words">{urge.wantedTo ?? 'Nothing written'}</dd>
              </div>
              <div>
                <dt>Your note</dt>
                <dd className="urge-words">{urge.note ?? 'No note'}</dd>
              </div>
              {urge.delayMinutes !== null ? (
                <div>
                  <dt>You chose to wait</dt>
                  <dd>{urge.delayMinutes} minutes</dd>
                </div>
              ) : null}
              <div>
                <dt>Logged</dt>
                <dd>{formatDateTime(urge.createdAt, user.timeZone)}</dd>
              </div>
            </dl>
          </div>
          <div className="actions">
            <Button
              variant="primary"
              onClick={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
              Edit
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
              Delete…
            </Button>
            <Link to="/urges" className="button button-quiet">
              Back to your urges
            </Link>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            title="Delete this urge?"
            confirmLabel="Delete urge"
            cancelLabel="Keep it"
            tone="danger"
            busy={deleting}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => void remove()}
          >
            <p>
              This is permanent: the urge and the ratings you gave afterwards will be gone from Steady for good, and “My urges over time”
              will no longer count them. It can’t be brought back.
            </p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}
