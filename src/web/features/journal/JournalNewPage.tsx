import { useNavigate, useSearchParams } from 'react-router';
import type { CreateJournalEntryBody } from '../../../contracts/journal/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useUser } from '../../auth/session.js';
import { journalTool } from '../reassurance/tools/journalTool.js';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useCreateEntry } from './queries.js';
import { EntryForm } from './EntryForm.js';

export interface SavedState {
  /** "queued": written offline, waiting on this device to be sent. */
  saved?: 'created' | 'updated' | 'queued';
}

/** Where an unsaved new entry waits in memory (an edit waits under its id). */
const NEW_DRAFT = 'new';

export function JournalNewPage() {
  const { t } = useTranslation('journal');
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromLink = params.get('prompt');
  const createEntry = useCreateEntry();
  const prompt = JOURNAL_PROMPTS.some((p) => p.id === fromLink) ? fromLink : null;
  async function save(body: CreateJournalEntryBody) {
    // The outbox gives the entry one Idempotency-Key for every try: no connection means it waits
    // on this device, and a lost answer followed by a retry still makes one entry.
    const result = await createEntry.mutateAsync(body);
    // Started from the toolkit: go back there to say how it feels now.
    const writing = params.get('from') === 'tools' ? journalTool.get() : null;
    if (writing) {
      const back = writing.urge ? `/tools/journal?urge=${encodeURIComponent(writing.urge)}` : '/tools/journal';
      await navigate(back, { state: { written: true } });
      return;
    }
    if (result.queued) await navigate('/journal', { state: { saved: 'queued' } satisfies SavedState });
    else await navigate(`/journal/${result.data.entry.id}`, { state: { saved: 'created' } satisfies SavedState });
  }

  return (
    <Page title={t('new.title')} heading={t('new.heading')} lead={t('new.lead')}>
      <EntryForm
        draftKey={NEW_DRAFT}
        initial={{ text: '', prompt, mood: null, tags: '' }}
        submitLabel={t('new.save')}
        region={user.region}
        cancel={{ to: '/journal', label: t('backToJournal') }}
        onSave={save}
      />
    </Page>
  );
}
