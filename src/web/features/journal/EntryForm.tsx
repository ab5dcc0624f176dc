import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { CreateJournalEntryBody, JOURNAL_TEXT_MAX } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { SelectField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { FormShell } from '../../forms/FormShell.js';
import { LeaveDialog } from '../../forms/LeaveDialog.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { draftStore, parseTags, sameDraft, type EntryDraft } from './drafts.js';
import { MoodField } from './MoodField.js';
import { formatLocale } from '../../i18n/i18n.js';

interface EntryFormProps {
  /** Where the unsaved draft is kept in memory: "new", or the entry's id. */
  draftKey: string;
  initial: EntryDraft;
  submitLabel: string;
  region: string;
  cancel: { to: string; label: string } | { onCancel: () => void; label: string };
  /** Saves, then moves on (the form forgets its draft); throws ApiError on failure so the words stay. */
  onSave: (body: CreateJournalEntryBody) => Promise<void>;
}

export function EntryForm({ draftKey, initial, submitLabel, region, cancel, onSave }: EntryFormProps) {
  const [restored] = useState(() => draftStore.get(draftKey));
  const [keptNotice] = useState(() => restored !== undefined && !sameDraft(restored, initial));
  const form = useSteadyForm({
    schema: CreateJournalEntryBody,
    defaultValues: restored ?? initial,
    toBody: (v: EntryDraft) => ({ text: v.text, mood: v.mood, tags: parseTags(v.tags), prompt: v.prompt }),
    isDirty: (v) => !sameDraft(v, initial),
    guard: true,
    keptMessage: 'Your words are still here.',
    onSubmit: async (body) => {
      await onSave(body);
      draftStore.delete(draftKey);
    },
  });
  const { values, errors, dirty } = form;
  const promptTextId = useId();
  const prompt = JOURNAL_PROMPTS.find((p) => p.id === values.prompt);

  // Keep the draft in memory as it changes, so a visit to the SOS page loses nothing.
  useEffect(() => {
    if (dirty) draftStore.set(draftKey, values);
    else draftStore.delete(draftKey);
  }, [draftKey, values, dirty]);

  const update = form.set;

  const remaining = JOURNAL_TEXT_MAX - values.text.length;

  return (
    <>
      {keptNotice ? <p className="notice">We kept what you were writing. Pick up wherever you like.</p> : null}
      <FormShell form={form} className="form entry-form">
        <SelectField
          label="Writing prompt"
          optional
          name="prompt"
          value={values.prompt ?? ''}
          onChange={(e) => update({ prompt: e.target.value || null })}
          error={errors.prompt}
          hint="A question to start from, if a blank page feels like a lot."
        >
          <option value="">No prompt, I’ll write freely</option>
          {JOURNAL_PROMPTS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.text}
            </option>
          ))}
        </SelectField>

        <CrisisAwareTextField
          label="What’s on your mind?"
          error={errors.text}
          id="entry-text"
          hint={
            prompt ? (
              <span className="prompt-text" id={promptTextId}>
                {prompt.text}
              </span>
            ) : undefined
          }
          className="field-text"
          name="text"
          rows={10}
          value={values.text}
          onChange={(e) => update({ text: e.target.value })}
          spellCheck
          region={region}
          where="writing"
          below={
            remaining < 1000 ? (
              <p className="field-hint" aria-live="polite">
                {remaining >= 0
                  ? `${remaining.toLocaleString(formatLocale())} characters left`
                  : `${(-remaining).toLocaleString(formatLocale())} characters over the limit`}
              </p>
            ) : null
          }
        />

        <MoodField value={values.mood} onChange={(mood) => update({ mood })} error={errors.mood} />

        <TextField
          label="Tags"
          optional
          name="tags"
          value={values.tags}
          onChange={(e) => update({ tags: e.target.value })}
          error={errors.tags}
          hint="Separate them with commas, for example: work, sleep, partner."
          autoCapitalize="none"
        />

        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Saving…">
            {submitLabel}
          </Button>
          {'to' in cancel ? (
            <Link to={cancel.to} className="button button-quiet">
              {cancel.label}
            </Link>
          ) : (
            <Button variant="quiet" onClick={() => form.leave.ask(cancel.onCancel)}>
              {cancel.label}
            </Button>
          )}
        </div>
      </FormShell>

      <LeaveDialog guard={form.leave} onLeave={() => draftStore.delete(draftKey)} />
    </>
  );
}
