import { UpdateUrgeBody, URGE_TEXT_MAX, type Urge } from '../../../../contracts/reassurance/urges.js';
import { Button } from '../../../components/Button.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { Field, TextAreaField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { localInputValue } from '../../../lib/dates.js';
import { actionsFor } from './actions.js';
import { parkChoice } from './park-choice.js';
import { usePartnerName, useTriggerSuggestions } from './queries.js';
import { useMyPlans } from '../../support/safety-plan/useMyPlans.js';
import { useUser } from '../../../auth/session.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { sentRating, UrgeRatings, type UrgeRating } from './UrgeRatings.js';

const shownRating = (saved: number | null): UrgeRating => saved ?? 'skipped';

interface UrgeFormProps {
  urge: Urge;
  region: string;
  onCancel: () => void;
  /** Saves through the same contract as the server; throws ApiError so the form keeps what was typed. */
  onSave: (body: UpdateUrgeBody) => Promise<void>;
}

/** Every field of a logged urge, to correct or add to. The same schema the server uses checks it first. */
export function UrgeForm({ urge, region, onCancel, onSave }: UrgeFormProps) {
  const { t } = useTranslation(['urges', 'common']);
  const partner = usePartnerName();
  const plans = useMyPlans(useUser().id);
  const suggestions = useTriggerSuggestions().data ?? null;
  const form = useSteadyForm({
    schema: UpdateUrgeBody,
    defaultValues: {
      when: localInputValue(new Date(urge.occurredAt)),
      // A rating saved as null was skipped: shown as skipped, and moving the slider rates it now.
      intensity: shownRating(urge.intensity),
      anxietyBefore: shownRating(urge.anxietyBefore),
      triggers: urge.triggers,
      typed: '',
      action: urge.action,
      wantedTo: urge.wantedTo ?? '',
      note: urge.note ?? '',
    },
    toBody: (values) => {
      const when = new Date(values.when);
      const typed = values.typed
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean);
      return {
        occurredAt: Number.isNaN(when.getTime()) ? values.when : when.toISOString(),
        intensity: sentRating(values.intensity),
        anxietyBefore: sentRating(values.anxietyBefore),
        triggers: [...values.triggers, ...typed],
        action: values.action,
        wantedTo: values.wantedTo.trim() ? values.wantedTo : null,
        note: values.note.trim() ? values.note : null,
      };
    },
    keptMessage: t('form.kept'),
    onSubmit: onSave,
  });
  const { values, errors, set: update } = form;

  return (
    <FormShell form={form} className="form urge-form">
      <Field label={t('log.when')} error={errors.occurredAt}>
        {(a11y) => (
          <input
            {...a11y}
            type="datetime-local"
            name="occurredAt"
            className="input"
            max={localInputValue(new Date())}
            value={values.when}
            onChange={(e) => update({ when: e.target.value })}
          />
        )}
      </Field>
      <UrgeRatings values={values} update={update} suggestions={suggestions} errors={errors} tense="then" />
      <fieldset className="field">
        <legend className="field-label">{t('form.doneWith')}</legend>
        <div className="choice-row">
          {actionsFor(plans, t, urge.action)
            .map((action) => (action.id === 'parked' ? { ...action, label: parkChoice(partner, t).label } : action))
            .map((a) => (
              <label key={a.id} className="choice">
                <input type="radio" name="action" value={a.id} checked={values.action === a.id} onChange={() => update({ action: a.id })} />
                {a.label}
              </label>
            ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('log.wantedTo')}
        optional
        name="wantedTo"
        className="field-text"
        rows={3}
        maxLength={URGE_TEXT_MAX}
        value={values.wantedTo}
        onChange={(e) => update({ wantedTo: e.target.value })}
        error={errors.wantedTo}
      />
      <CrisisAwareTextField
        label={t('form.note')}
        optional
        name="note"
        hint={t('form.noteHint')}
        rows={3}
        maxLength={URGE_TEXT_MAX}
        value={values.note}
        onChange={(e) => update({ note: e.target.value })}
        error={errors.note}
        // Both free-text fields get the same care as the journal: support shows as soon as it is needed.
        alsoWatch={values.wantedTo}
        region={region}
        where="writing"
      />
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:saving')}>
          {t('form.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('form.stop')}
        </Button>
      </div>
    </FormShell>
  );
}
