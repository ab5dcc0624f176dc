import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { CreateJournalEntryBody } from '../../../contracts/journal/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { NO_VALUES, NoBody } from '../../forms/noBody.js';
import { useTranslation } from '../../i18n/i18n.js';
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

/** Deleting sends no body: the form hook still owns its busy state and the problem's sentence. */
/** Where focus goes after a change of mode, so nobody is left on a button that has gone. */
const HEADING = 'h1.page-title';
const TEXT_BOX = '#entry-text';

export function JournalEntryPage() {
  const { t } = useTranslation('journal');
  const { t: tHome } = useTranslation('home');
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
  const [saved, setSaved] = useState<SavedState['saved'] | null>(() => (location.state as SavedState | null)?.saved ?? null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deletion = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    onSubmit: async () => {
      try {
        await removeEntry.mutateAsync(id);
      } catch (err) {
        setConfirmDelete(false);
        setSaved(null);
        throw err;
      }
      await navigate('/journal', { replace: true, state: { deleted: true } });
    },
  });
  const message = saved === 'created' ? t('entry.savedNew') : saved === 'updated' ? t('entry.savedChanges') : null;

  // The "saved" note belongs to this visit only; drop it from history so a reload doesn't repeat it.
  useEffect(() => {
    if ((location.state as SavedState | null)?.saved) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  if (load.status === 'missing') {
    return (
      <ItemNotFound
        title={t('entry.notFoundTitle')}
        heading={t('entry.notFound')}
        back={{ to: '/journal', label: t('entry.goToJournal') }}
      />
    );
  }
  if (load.status !== 'ready') {
    return (
      <ItemPending
        title={t('entry.title')}
        heading={t('entry.heading')}
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
    setSaved('updated');
    focusSoon(HEADING);
  }

  return (
    <Page
      title={t('entry.from', { date: dateLabel })}
      heading={editing ? t('entry.editing', { date: dateLabel }) : t('entry.from', { date: dateLabel })}
    >
      <FormMessage message={deletion.notice?.text ?? message} tone={deletion.notice ? 'error' : 'success'} />
      {editing ? (
        <EntryForm
          draftKey={entry.id}
          initial={{ text: entry.text, prompt: entry.prompt, mood: entry.mood, tags: entry.tags.join(', ') }}
          submitLabel={t('entry.saveChanges')}
          region={user.region}
          cancel={{
            label: t('entry.stopEditing'),
            onCancel: () => {
              draftStore.delete(entry.id);
              setEditing(false);
              focusSoon(HEADING);
            },
          }}
          onSave={save}
        />
      ) : (
        <>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <article className="entry card" aria-label={t('entry.label')}>
            {prompt ? <p className="entry-prompt">{tHome(`prompts.${prompt.id}`)}</p> : null}
            <div className="entry-text" data-testid="entry-text">
              {entry.text}
            </div>
            <dl className="entry-meta">
              <div>
                <dt>{t('entry.mood')}</dt>
                <dd>{entry.mood === null ? t('entry.noRating') : t('entry.moodValue', { mood: entry.mood })}</dd>
              </div>
              {entry.tags.length ? (
                <div>
                  <dt>{t('entry.tags')}</dt>
                  <dd>
                    <ul className="tag-list">
                      {entry.tags.map((tag) => (
                        <li key={tag}>
                          <Link to={`/journal?tag=${encodeURIComponent(tag)}`} className="tag">
                            {tag}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('entry.written')}</dt>
                <dd>{formatDateTime(entry.createdAt, user.timeZone)}</dd>
              </div>
              {entry.updatedAt !== entry.createdAt ? (
                <div>
                  <dt>{t('entry.changed')}</dt>
                  <dd>{formatDateTime(entry.updatedAt, user.timeZone)}</dd>
                </div>
              ) : null}
            </dl>
          </article>
          <div className="actions">
            <Button
              variant="primary"
              onClick={() => {
                setSaved(null);
                deletion.setNotice(null);
                setEditing(true);
                focusSoon(TEXT_BOX);
              }}
            >
              {t('entry.edit')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
              {t('entry.delete')}
            </Button>
            <Link to="/journal" className="button button-quiet">
              {t('backToJournal')}
            </Link>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            title={t('entry.deleteTitle')}
            confirmLabel={t('entry.deleteConfirm')}
            cancelLabel={t('entry.keep')}
            tone="danger"
            busy={deletion.busy}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => void deletion.submitWith()}
          >
            <p>{t('entry.deleteText')}</p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}
