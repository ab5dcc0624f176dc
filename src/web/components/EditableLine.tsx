import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';
import { useUser } from '../auth/session.js';
import { validate, type FieldErrors } from '../lib/validate.js';
import { Button } from './Button.js';
import { CrisisPanel } from './CrisisPanel.js';
import { TextAreaField } from './Field.js';
import { FormMessage } from './FormMessage.js';

/** Another thing its author can do to the line (e.g. make it private); it answers with what to say. */
export interface LineAction {
  label: string;
  busyLabel: string;
  run: () => Promise<string>;
}

/**
 * One short line a person wrote and can reword or delete in place (a parked topic, a topic kept
 * for the next reflection). Rewording is writing, so the server's verdict on the new words comes
 * back here and the support panel opens beside the line when it is needed; the words are saved
 * as written either way.
 */
export function EditableLine({
  text,
  schema,
  editLabel,
  fieldLabel,
  badge,
  editable = true,
  actions = [],
  save,
  remove,
}: {
  text: string;
  /** The same schema the server checks the new wording with (a body with `text`). */
  schema: z.ZodType;
  editLabel: string;
  fieldLabel: string;
  badge?: ReactNode;
  /** False for someone else's line: it is read, never changed. */
  editable?: boolean;
  actions?: LineAction[];
  /** Saves the new wording; resolves with the verdict on it. */
  save: (text: string) => Promise<{ crisis: boolean }>;
  remove: () => Promise<void>;
}) {
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [crisis, setCrisis] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const id = useId();
  // Every button names its line for a screen reader, so a list of "Delete" buttons is not ambiguous.
  const name = <span className="visually-hidden"> “{text}”</span>;

  async function attempt(which: string, work: () => Promise<void>) {
    setBusy(which);
    try {
      await work();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  function submit() {
    const checked = validate(schema, { text: draft });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    void attempt('save', async () => {
      const verdict = await save(draft);
      setCrisis(verdict.crisis);
      setErrors({});
      setEditing(false);
      setMessage({ text: 'Saved.', tone: 'success' });
    });
  }

  return (
    <li className="pair-topic">
      <span className="pair-topic-text">{text}</span>
      {badge ? <> {badge}</> : null}
      {editable && editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <TextAreaField
            id={`${id}-text`}
            label={fieldLabel}
            name="text"
            rows={2}
            maxLength={1000}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            error={errors.text}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy === 'save'} busyLabel="Saving…">
              Save
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setEditing(false);
                setDraft(text);
                setErrors({});
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {editable && !editing ? (
        <div className="actions">
          <Button
            variant="quiet"
            onClick={() => {
              setMessage(null);
              setDraft(text);
              setEditing(true);
            }}
          >
            {editLabel}
            {name}
          </Button>
          {actions.map((a) => (
            <Button
              key={a.label}
              variant="quiet"
              busy={busy === a.label}
              busyLabel={a.busyLabel}
              onClick={() =>
                void attempt(a.label, async () => {
                  setMessage({ text: await a.run(), tone: 'success' });
                })
              }
            >
              {a.label}
              {name}
            </Button>
          ))}
          <Button variant="quiet" busy={busy === 'delete'} busyLabel="Deleting…" onClick={() => void attempt('delete', remove)}>
            Delete{name}
          </Button>
        </div>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'success'} />
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </li>
  );
}
