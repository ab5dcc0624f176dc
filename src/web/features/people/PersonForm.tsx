import { useRef, useState, type FormEvent } from 'react';
import { CLOSENESS, CONTEXTS, CreatePersonBody, NAME_MAX, NOTES_MAX, RHYTHM_PRESETS, type Person } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { useCrisisWatch } from '../../safety/useCrisisWatch.js';
import { CLOSENESS_WORDS, CONTEXT_WORDS, rhythmWords } from './words.js';

type Rhythm = 'none' | `${(typeof RHYTHM_PRESETS)[number]}` | 'custom';

interface Values {
  name: string;
  contexts: CreatePersonBody['contexts'];
  closeness: CreatePersonBody['closeness'];
  rhythm: Rhythm;
  customDays: string;
  notes: string;
}

const ORDER = ['name', 'contexts', 'closeness', 'rhythmDays', 'notes'] as const;

function fromPerson(p: Person | null): Values {
  if (!p) return { name: '', contexts: [], closeness: 'casual', rhythm: 'none', customDays: '', notes: '' };
  const preset = RHYTHM_PRESETS.find((d) => d === p.rhythmDays);
  return {
    name: p.name,
    contexts: p.contexts,
    closeness: p.closeness,
    rhythm: p.rhythmDays === null ? 'none' : preset ? (String(preset) as Rhythm) : 'custom',
    customDays: p.rhythmDays !== null && !preset ? String(p.rhythmDays) : '',
    notes: p.notes ?? '',
  };
}

interface PersonFormProps {
  person: Person | null;
  submitLabel: string;
  onSave: (body: CreatePersonBody) => Promise<void>;
  onCancel?: () => void;
}

/** Who someone is to you: the same form adds a person and changes one. */
export function PersonForm({ person, submitLabel, onSave, onCancel }: PersonFormProps) {
  const [values, setValues] = useState<Values>(() => fromPerson(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const user = useUser();
  const crisis = useCrisisWatch(values.notes);
  const formRef = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const rhythmDays =
      values.rhythm === 'none' ? null : values.rhythm === 'custom' ? Number(values.customDays || Number.NaN) : Number(values.rhythm);
    const body = { name: values.name, contexts: values.contexts, closeness: values.closeness, rhythmDays, notes: values.notes };
    const checked = validate(CreatePersonBody, body);
    if (!checked.ok) {
      const errs = { ...checked.errors };
      if (errs.rhythmDays && values.rhythm === 'custom' && !values.customDays) errs.rhythmDays = 'How many days between contacts?';
      setErrors(errs);
      setMessage('Something needs another look before saving.');
      focusFirstError(formRef.current, ORDER, errs);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      await onSave(checked.data);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(`${err.friendly} Everything you wrote is still here.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} noValidate className="form person-form" onSubmit={(e) => void submit(e)}>
      <Field label="Name or nickname" error={errors.name}>
        {(a11y) => (
          <input
            {...a11y}
            name="name"
            className="input"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={values.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend className="field-label">
          Where do they fit in your life? <span className="field-optional">(any that apply)</span>
        </legend>
        <div className="choice-row">
          {CONTEXTS.map((c, i) => (
            <label key={c} className="choice">
              <input
                type="checkbox"
                name={i === 0 ? 'contexts' : undefined}
                checked={values.contexts.includes(c)}
                onChange={(e) => update({ contexts: e.target.checked ? [...values.contexts, c] : values.contexts.filter((x) => x !== c) })}
              />
              {CONTEXT_WORDS[c]}
            </label>
          ))}
        </div>
        {errors.contexts ? <p className="field-error">{errors.contexts}</p> : null}
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">How close do you feel?</legend>
        <div className="closeness-choices">
          {CLOSENESS.map((c) => (
            <label key={c} className="stage-choice">
              <input type="radio" name="closeness" checked={values.closeness === c} onChange={() => update({ closeness: c })} />
              <span>
                <span className="stage-choice-label">{CLOSENESS_WORDS[c].label}</span>
                <span className="stage-choice-line">{CLOSENESS_WORDS[c].line}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">How often would you like to be in touch?</legend>
        <p className="field-hint">A gentle wish, not a rule. With a rhythm, they may appear in “Maybe reach out soon”.</p>
        <div className="choice-row">
          {(['none', ...RHYTHM_PRESETS.map(String), 'custom'] as Rhythm[]).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="rhythm" checked={values.rhythm === r} onChange={() => update({ rhythm: r })} />
              {r === 'none' ? 'No rhythm' : r === 'custom' ? 'Another rhythm' : rhythmWords(Number(r)).replace(/^about /, '')}
            </label>
          ))}
        </div>
        {values.rhythm === 'custom' ? (
          <Field label="Days between contacts" error={errors.rhythmDays} className="field-inline">
            {(a11y) => (
              <input
                {...a11y}
                name="rhythmDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                className="input input-short"
                value={values.customDays}
                onChange={(e) => update({ customDays: e.target.value })}
              />
            )}
          </Field>
        ) : errors.rhythmDays ? (
          <p className="field-error">{errors.rhythmDays}</p>
        ) : null}
      </fieldset>
      <Field label="Notes" optional error={errors.notes} hint="Just for you: what they enjoy, what’s going on for them.">
        {(a11y) => (
          <textarea
            {...a11y}
            name="notes"
            className="input textarea textarea-short"
            rows={3}
            maxLength={NOTES_MAX}
            value={values.notes}
            onChange={(e) => update({ notes: e.target.value })}
          />
        )}
      </Field>
      {crisis ? <CrisisPanel region={user.region} /> : null}
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
      <FormMessage message={message} tone="error" />
    </form>
  );
}
