import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { CreateJournalEntryBody } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { loadedItem } from '../../query/loaded.js';
import { formatDate, formatDateTime } from '../../lib/dates.js';
import { useJournalEntry, useRemoveEntry, useUpdateEntry } from './queries.js';
import { draftStore } from './drafts.js';
import { EntryForm } from './EntryForm.js';
import type { SavedState } from './JournalNewPage.js';

export function JournalEntryPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const query = useJournalEntry(id);
  const load = loadedItem(query);
  const updateEntry = useUpdateEntry();
  const removeEntry = useRemoveEntry();
  // Come back to an unsaved edit (after a visit to SOS) straight in edit mode.
  const [editing, setEditing] = useState(() => draftStore.get(id) !== undefined);
  const [message, setMessage] = useState<string | null>(() => savedMessage((location.state as SavedState | null)?.saved));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);

  // The "saved" note belongs to this visit only; drop it from history so a reload doesn't repeat it.
  useEffect(() => {
    if ((location.state as SavedState | null)?.saved) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  if (load.status === 'missing') {
    return (
      <ItemNotFound title="Entry not found" heading="We couldn’t find that entry" back={{ to: '/journal', label: 'Go to your journal' }} />
    );
  }
  if (load.status !== 'ready') {
    return (
      <ItemPending
        title="Journal entry"
        heading="Your entry"
        error={load.status === 'error' ? load.message : null}
        retry={() => void query.refetch()}
      />
    );
  }

  const { entry, crisis } = load.data;
  const prompt = JOURNAL_PROMPTS.find((p) => p.id === entry.prompt);
  const dateLabel = formatDate(entry.createdAt, user.timeZone);

  async function save(body: CreateJournalEntryBody) {
    await updateEntry.mutateAsync({ id: entry.id, body });
    setEditing(false);
    setMessage(savedMessage('updated'));
    focusSoon('h1.page-title');
  }

  async function remove() {
    setDeleting(true);
    try {
      await removeEntry.mutateAsync(entry.id);
      await navigate('/journal', { replace: true, state: { deleted: true } });
    } catch (err) {
      setDeleting(false);
      setConfirmDelete(false);
      setMessage(err instanceof ApiError ? err.friendly : 'We could not delete the entry just now.');
    }
  }

  return (
    <Page title={`Entry from ${dateLabel}`} heading={editing ? `Editing your entry from ${dateLabel}` : `Entry from ${dateLabel}`}>
      <FormMessage message={message} tone="success" />
      {editing ? (
        <EntryForm
          draftKey={entry.id}
          initial={{ text: entry.text, prompt: entry.prompt, mood: entry.mood, tags: entry.tags.join(', ') }}
          submitLabel="Save changes"
          region={user.region}
          cancel={{
            label: 'Stop editing',
            onCancel: () => {
              draftStore.delete(entry.id);
              setEditing(false);
              focusSoon('h1.page-title');
            },
          }}
          onSave={save}
        />
      ) : (
        <>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <article className="entry card" aria-label="Your entry">
            {prompt ? <p className="entry-prompt">{prompt.text}</p> : null}
            <div className="entry-text" data-testid="entry-text">
              {entry.text}
            </div>
            <dl className="entry-meta">
              <div>
                <dt>Mood</dt>
                <dd>{entry.mood === null ? 'No rating' : `${entry.mood} out of 10`}</dd>
              </div>
              {entry.tags.length ? (
                <div>
                  <dt>Tags</dt>
                  <dd>
                    <ul className="tag-list">
                      {entry.tags.map((t) => (
                        <li key={t}>
                          <Link to={`/journal?tag=${encodeURIComponent(t)}`} className="tag">
                            {t}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>Written</dt>
                <dd>{formatDateTime(entry.createdAt, user.timeZone)}</dd>
              </div>
              {entry.updatedAt !== entry.createdAt ? (
                <div>
                  <dt>Last changed</dt>
                  <dd>{formatDateTime(entry.updatedAt, user.timeZone)}</dd>
                </div>
              ) : null}
            </dl>
          </article>
          <div className="actions">
            <Button
              variant="primary"
              onClick={() => {
                setMessage(null);
                setEditing(true);
                focusSoon('#entry-text');
              }}
            >
              Edit
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
              Delete…
            </Button>
            <Link to="/journal" className="button button-quiet">
              Back to journal
            </Link>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            title="Delete this entry?"
            confirmLabel="Delete entry"
            cancelLabel="Keep it"
            tone="danger"
            busy={deleting}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => void remove()}
          >
            <p>
              It will be gone from Steady for good, and it can’t be brought back. If you’d like a copy first, you can download your journal
              from Settings.
            </p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}

function savedMessage(saved: SavedState['saved']): string | null {
  if (saved === 'created') return 'Saved. This entry is yours alone.';
  if (saved === 'updated') return 'Your changes are saved.';
  return null;
}
