import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CreateJournalEntryBody, JOURNAL_TEXT_MAX } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field, SelectField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { draftStore, parseTags, sameDraft, type EntryDraft } from './drafts.js';
import { MoodField } from './MoodField.js';
import { useCrisisWatch } from './useCrisisWatch.js';
import { useUnsavedGuard } from './useUnsavedGuard.js';
import { formatLocale } from '../../i18n/i18n.js';

const ORDER = ['prompt', 'text', 'mood', 'tags'] as const;

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
  const formRef = useRef<HTMLFormElement>(null);
  const restored = draftStore.get(draftKey);
  const [values, setValues] = useState<EntryDraft>(restored ?? initial);
  const [keptNotice] = useState(() => restored !== undefined && !sameDraft(restored, initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const dirty = !sameDraft(values, initial);
  const { blocker, allowNextNavigation } = useUnsavedGuard(dirty);
  const crisis = useCrisisWatch(values.text);
  const promptTextId = useId();
  const prompt = JOURNAL_PROMPTS.find((p) => p.id === values.prompt);

  // Keep the draft in memory as it changes, so a visit to the SOS page loses nothing.
  useEffect(() => {
    if (dirty) draftStore.set(draftKey, values);
    else draftStore.delete(draftKey);
  }, [draftKey, values, dirty]);

  const update = (patch: Partial<EntryDraft>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { text: values.text, mood: values.mood, tags: parseTags(values.tags), prompt: values.prompt };
    const checked = validate(CreateJournalEntryBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage('Something needs another look before saving.');
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      allowNextNavigation();
      await onSave(checked.data);
      draftStore.delete(draftKey);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setMessage(`${err.friendly} Your words are still here.`);
        focusFirstError(formRef.current, ORDER, err.fieldErrors);
      } else throw err;
    }
  }

  const remaining = JOURNAL_TEXT_MAX - values.text.length;

  return (
    <>
      {keptNotice ? <p className="notice">We kept what you were writing. Pick up wherever you like.</p> : null}
      <form ref={formRef} noValidate className="form entry-form" onSubmit={(e) => void submit(e)}>
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

        <Field
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
        >
          {(a11y) => (
            <textarea
              {...a11y}
              name="text"
              className="input textarea"
              rows={10}
              value={values.text}
              onChange={(e) => update({ text: e.target.value })}
              spellCheck
            />
          )}
        </Field>
        {remaining < 1000 ? (
          <p className="field-hint" aria-live="polite">
            {remaining >= 0
              ? `${remaining.toLocaleString(formatLocale())} characters left`
              : `${(-remaining).toLocaleString(formatLocale())} characters over the limit`}
          </p>
        ) : null}

        <p className="visually-hidden" aria-live="polite">
          {crisis ? 'Support lines are now shown below what you wrote.' : ''}
        </p>
        {crisis ? <CrisisPanel region={region} where="writing" /> : null}

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

        <FormMessage message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            {submitLabel}
          </Button>
          {'to' in cancel ? (
            <Link to={cancel.to} className="button button-quiet">
              {cancel.label}
            </Link>
          ) : (
            <Button variant="quiet" onClick={() => (dirty ? setConfirmCancel(true) : cancel.onCancel())}>
              {cancel.label}
            </Button>
          )}
        </div>
      </form>

      <ConfirmDialog
        open={blocker.state === 'blocked' || confirmCancel}
        title="Leave without saving?"
        confirmLabel="Leave without saving"
        cancelLabel="Keep writing"
        tone="danger"
        onCancel={() => {
          setConfirmCancel(false);
          blocker.reset?.();
        }}
        onConfirm={() => {
          draftStore.delete(draftKey);
          if (blocker.state === 'blocked') blocker.proceed();
          else if (!('to' in cancel)) cancel.onCancel();
          setConfirmCancel(false);
        }}
      >
        <p>What you’ve written here hasn’t been saved yet. If you leave now, it will be gone.</p>
      </ConfirmDialog>
    </>
  );
}
