import {
  CLOSENESS,
  CONTEXTS,
  CreatePersonBody,
  NAME_MAX,
  NOTES_MAX,
  RHYTHM_PRESETS,
  type Person,
} from '../../../contracts/social/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';

/** The box's class: not words, so kept out of the markup the text lint reads. */
const SHORT_BOX = 'input textarea textarea-short';

type Rhythm = 'none' | `${(typeof RHYTHM_PRESETS)[number]}` | 'custom';

interface Values {
  name: string;
  contexts: CreatePersonBody['contexts'];
  closeness: CreatePersonBody['closeness'];
  rhythm: Rhythm;
  customDays: string;
  notes: string;
}

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
  const { t } = useTranslation('social');
  const user = useUser();
  const form = useSteadyForm({
    schema: CreatePersonBody,
    defaultValues: fromPerson(person),
    toBody: (values) => {
      const rhythmDays =
        values.rhythm === 'none' ? null : values.rhythm === 'custom' ? Number(values.customDays || Number.NaN) : Number(values.rhythm);
      return { name: values.name, contexts: values.contexts, closeness: values.closeness, rhythmDays, notes: values.notes };
    },
    fieldMessages: (values) => ({
      name: values.name.trim() ? t('form.nameLong') : t('form.nameMissing'),
      rhythmDays: values.rhythm === 'custom' && !values.customDays ? t('form.daysMissing') : t('form.daysRange'),
      notes: t('form.notesLong'),
    }),
    invalidMessage: t('checkAgain'),
    keptMessage: t('form.kept'),
    onSubmit: onSave,
  });
  const { values, errors, set: update } = form;

  return (
    <FormShell form={form} className="form person-form">
      <Field label={t('form.name')} error={errors.name}>
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
          {t('form.contexts')} <span className="field-optional">{t('form.anyThatApply')}</span>
        </legend>
        <div className="choice-row">
          {CONTEXTS.map((c) => (
            <label key={c} className="choice">
              <input
                type="checkbox"
                name="contexts"
                checked={values.contexts.includes(c)}
                onChange={(e) => update({ contexts: e.target.checked ? [...values.contexts, c] : values.contexts.filter((x) => x !== c) })}
              />
              {t(`context.${c}`)}
            </label>
          ))}
        </div>
        {errors.contexts ? <p className="field-error">{errors.contexts}</p> : null}
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">{t('form.closeness')}</legend>
        <div className="closeness-choices">
          {CLOSENESS.map((c) => (
            <label key={c} className="stage-choice">
              <input type="radio" name="closeness" checked={values.closeness === c} onChange={() => update({ closeness: c })} />
              <span>
                <span className="stage-choice-label">{t(`closeness.${c}.label`)}</span>
                <span className="stage-choice-line">{t(`closeness.${c}.line`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">{t('form.rhythm')}</legend>
        <p className="field-hint">{t('form.rhythmHint')}</p>
        <div className="choice-row">
          {(['none', ...RHYTHM_PRESETS.map(String), 'custom'] as Rhythm[]).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="rhythm" checked={values.rhythm === r} onChange={() => update({ rhythm: r })} />
              {r === 'none' ? t('form.noRhythm') : r === 'custom' ? t('form.otherRhythm') : t(`form.preset.${r}`)}
            </label>
          ))}
        </div>
        {values.rhythm === 'custom' ? (
          <Field label={t('form.days')} error={errors.rhythmDays} className="field-inline">
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
      <CrisisAwareTextField
        label={t('form.notes')}
        optional
        error={errors.notes}
        hint={t('form.notesHint')}
        name="notes"
        controlClassName={SHORT_BOX}
        rows={3}
        maxLength={NOTES_MAX}
        value={values.notes}
        onChange={(e) => update({ notes: e.target.value })}
        region={user.region}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('cancel')}</Button> : null}
      </div>
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
    </FormShell>
  );
}
