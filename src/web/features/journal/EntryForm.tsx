import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { CreateJournalEntryBody, JOURNAL_TEXT_MAX } from '../../../contracts/journal/journal.js';
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
import { useTranslation } from '../../i18n/i18n.js';

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
  const { t } = useTranslation('journal');
  const { t: tHome } = useTranslation('home');
  const [restored] = useState(() => draftStore.get(draftKey));
  const [keptNotice] = useState(() => restored !== undefined && !sameDraft(restored, initial));
  const form = useSteadyForm({
    schema: CreateJournalEntryBody,
    defaultValues: restored ?? initial,
    toBody: (v: EntryDraft) => ({ text: v.text, mood: v.mood, tags: parseTags(v.tags), prompt: v.prompt }),
    isDirty: (v) => !sameDraft(v, initial),
    guard: true,
    keptMessage: t('form.kept'),
    // The contract's own sentence is English; an empty entry is told so in the person's language.
    fieldMessages: (v) => (v.text.trim() === '' && v.mood === null ? { text: t('form.needsWords') } : {}),
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
      {keptNotice ? <p className="notice">{t('form.keptDraft')}</p> : null}
      <FormShell form={form} className="form entry-form">
        <SelectField
          label={t('form.prompt')}
          optional
          name="prompt"
          value={values.prompt ?? ''}
          onChange={(e) => update({ prompt: e.target.value || null })}
          error={errors.prompt}
          hint={t('form.promptHint')}
        >
          <option value="">{t('form.noPrompt')}</option>
          {JOURNAL_PROMPTS.map((p) => (
            <option key={p.id} value={p.id}>
              {tHome(`prompts.${p.id}`)}
            </option>
          ))}
        </SelectField>

        <CrisisAwareTextField
          label={t('form.text')}
          error={errors.text}
          id="entry-text"
          hint={
            prompt ? (
              <span className="prompt-text" id={promptTextId}>
                {tHome(`prompts.${prompt.id}`)}
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
                {remaining >= 0 ? t('form.left', { count: remaining }) : t('form.over', { count: -remaining })}
              </p>
            ) : null
          }
        />

        <MoodField value={values.mood} onChange={(mood) => update({ mood })} error={errors.mood} />

        <TextField
          label={t('form.tags')}
          optional
          name="tags"
          value={values.tags}
          onChange={(e) => update({ tags: e.target.value })}
          error={errors.tags}
          hint={t('form.tagsHint')}
          autoCapitalize="none"
        />

        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
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
