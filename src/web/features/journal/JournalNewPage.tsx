import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CreateJournalEntryBody } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useUser } from '../../auth/session.js';
import { journalTool } from '../tools/journalTool.js';
import { Page } from '../../components/Page.js';
import { journalApi } from './api.js';
import { EntryForm } from './EntryForm.js';

export interface SavedState {
  saved?: 'created' | 'updated';
}

export function JournalNewPage() {
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromLink = params.get('prompt');
  const prompt = JOURNAL_PROMPTS.some((p) => p.id === fromLink) ? fromLink : null;
  // One key per distinct body: a retry of the same words can never save twice, while changed
  // words after a failed attempt get a fresh key (and so are never swapped for the old ones).
  const attempt = useRef<{ body: string; key: string } | null>(null);

  async function save(body: CreateJournalEntryBody) {
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) attempt.current = { body: serialized, key: crypto.randomUUID() };
    const { entry } = await journalApi.create(body, attempt.current.key);
    // Started from the toolkit: go back there to say how it feels now.
    const writing = params.get('from') === 'tools' ? journalTool.get() : null;
    if (writing) {
      const back = writing.urge ? `/tools/journal?urge=${encodeURIComponent(writing.urge)}` : '/tools/journal';
      await navigate(back, { state: { written: true } });
      return;
    }
    await navigate(`/journal/${entry.id}`, { state: { saved: 'created' } satisfies SavedState });
  }

  return (
    <Page title="Write" heading="Write in your journal" lead="There’s no right way to do this. A few honest lines are plenty.">
      <EntryForm
        draftKey="new"
        initial={{ text: '', prompt, mood: null, tags: '' }}
        submitLabel="Save entry"
        region={user.region}
        cancel={{ to: '/journal', label: 'Back to journal' }}
        onSave={save}
      />
    </Page>
  );
}
