import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { CreateUrgeBody, URGE_TEXT_MAX, type UrgeAction } from '../../../../contracts/reassurance/urges.js';
import { registerForgetter } from '../../../auth/forget.js';
import { useUser } from '../../../auth/session.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { Field } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { CHECK_AGAIN, useSteadyForm } from '../../../forms/useSteadyForm.js';
import { localInputValue } from '../../../lib/dates.js';
import { actionsFor } from './actions.js';
import { useMyPlans } from '../../support/safety-plan/useMyPlans.js';
import { useCreateUrge, useTriggerSuggestions, usePartnerName } from './queries.js';
import { pauseStore } from './pauses.js';
import { parkChoice } from './park-choice.js';
import { RATING_UNSET, sentRating, UrgeRatings, type UrgeRating } from './UrgeRatings.js';

/** The words box is shorter here: logging stays quick. */
const SHORT_BOX = 'input textarea textarea-short';

interface UrgeDraft {
  intensity: UrgeRating;
  anxietyBefore: UrgeRating;
  triggers: string[];
  typed: string;
  wantedTo: string;
  /** A datetime-local value when the urge came earlier; empty means "now". */
  earlier: string;
  /** Reminders 30 minutes and 2 hours later to notice how it feels (issue 16); only when asked for. */
  followUpReminders: boolean;
}

// The ratings start unanswered: an untouched slider is no answer, so it is never saved as a 5.
const EMPTY: UrgeDraft = {
  intensity: null,
  anxietyBefore: null,
  triggers: [],
  typed: '',
  wantedTo: '',
  earlier: '',
  followUpReminders: false,
};

// In memory only, like journal drafts: a trip to the SOS page mid-way loses nothing; logging out forgets it.
let draft: UrgeDraft | null = null;
/** Changed only from effects and handlers, never while rendering (a module variable is shared by every render). */
function keepDraft(value: UrgeDraft | null): void {
  draft = value;
}
registerForgetter(() => keepDraft(null));

/** The contract's body, with a rating left unanswered (neither moved nor skipped) asked for in the form's words. */
const answered = (rating: typeof CreateUrgeBody.shape.intensity) =>
  z
    .unknown()
    .refine((v) => v !== undefined, RATING_UNSET)
    .pipe(rating);
const LogUrgeBody = CreateUrgeBody.extend({
  intensity: answered(CreateUrgeBody.shape.intensity),
  anxietyBefore: answered(CreateUrgeBody.shape.anxietyBefore),
});

/**
 * "I want reassurance": two taps from anywhere. Each rating is moved or skipped (a skip is kept
 * as no number); choosing what you did saves.
 */
export function UrgeLogPage() {
  const { t } = useTranslation(['urges', 'common']);
  const user = useUser();
  const navigate = useNavigate();
  const suggestions = useTriggerSuggestions().data ?? null;
  const createUrge = useCreateUrge();
  const [crisis, setCrisis] = useState(false);
  const plans = useMyPlans(user.id);
  const actionsId = useId();
  const partner = usePartnerName();
  const form = useSteadyForm({
    schema: LogUrgeBody,
    defaultValues: draft ?? EMPTY,
    isDirty: (v) => JSON.stringify(v) !== JSON.stringify(EMPTY),
    toBody: (values: UrgeDraft, action: UrgeAction) => {
      const typedTags = values.typed
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean);
      const occurredAt = values.earlier ? new Date(values.earlier) : new Date();
      return {
        occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date().toISOString() : occurredAt.toISOString(),
        intensity: values.intensity === null ? undefined : sentRating(values.intensity),
        anxietyBefore: values.anxietyBefore === null ? undefined : sentRating(values.anxietyBefore),
        triggers: [...values.triggers, ...typedTags],
        wantedTo: values.wantedTo.trim() ? values.wantedTo : null,
        action,
        ...(values.followUpReminders && { followUpReminders: true }),
      };
    },
    // A rating neither moved nor skipped is asked for in the form's words, not the schema's.
    fieldMessages: (v) => ({
      intensity: v.intensity === null ? t('ratings.unset') : undefined,
      anxietyBefore: v.anxietyBefore === null ? t('ratings.unset') : undefined,
    }),
    invalidMessage: (errors) =>
      errors.intensity === t('ratings.unset') || errors.anxietyBefore === t('ratings.unset') ? t('log.rateFirst') : CHECK_AGAIN,
    keptMessage: t('log.kept'),
    onSubmit: async (body, action) => {
      const result = await createUrge.mutateAsync(body);
      const ref = result.queued ? result.localId : result.data.urge.id;
      if (!ref) throw new Error('The outbox gave no placeholder for a new urge');
      pauseStore.set(ref, {
        occurredAt: body.occurredAt,
        action,
        anxietyBefore: body.anxietyBefore,
        queued: result.queued,
        crisis: crisis || (!result.queued && result.data.safety.crisis),
        timer: null,
        followUp: null,
        ...(!result.queued && result.data.parkedTopic && { topic: result.data.parkedTopic }),
      });
      keepDraft(null);
      await navigate(`/urge/${encodeURIComponent(ref)}`);
    },
  });
  const { values, errors, busyWith } = form;

  useEffect(() => {
    keepDraft(form.dirty ? values : null);
  }, [values, form.dirty]);

  const update = (patch: Partial<UrgeDraft>) => {
    form.set(patch);
    // An answered rating (moved or skipped) takes its own reminder away.
    const answered = (['intensity', 'anxietyBefore'] as const).filter((k) => k in patch);
    if (answered.length) form.clearErrors(...answered);
  };

  const maxEarlier = localInputValue(new Date());

  return (
    <Page title={t('log.title')} heading={t('log.heading')} lead={t('log.lead')} className="urge-log">
      {/* Enter in a text box saves nothing by surprise: the person chooses what they did below. */}
      <FormShell form={{ attach: form.attach, onSubmit: (e) => e?.preventDefault() }} className="form urge-form">
        <UrgeRatings values={values} update={update} suggestions={suggestions} errors={errors} tense="now" />
        <CrisisAwareTextField
          label={t('log.wantedTo')}
          optional
          error={errors.wantedTo}
          hint={t('log.wantedToHint')}
          name="wantedTo"
          controlClassName={SHORT_BOX}
          rows={3}
          maxLength={URGE_TEXT_MAX}
          value={values.wantedTo}
          onChange={(e) => update({ wantedTo: e.target.value })}
          region={user.region}
          where="writing"
          onCrisis={() => setCrisis(true)}
        />

        <details className="when" open={Boolean(values.earlier)}>
          <summary>{t('log.earlier')}</summary>
          <Field label={t('log.when')} error={errors.occurredAt} hint={t('log.whenHint')}>
            {(a11y) => (
              <input
                {...a11y}
                type="datetime-local"
                name="occurredAt"
                className="input"
                max={maxEarlier}
                value={values.earlier}
                onChange={(e) => update({ earlier: e.target.value })}
              />
            )}
          </Field>
        </details>

        <label className="check urge-remind">
          <input
            type="checkbox"
            name="followUpReminders"
            checked={values.followUpReminders}
            aria-describedby={`${actionsId}-remind-hint`}
            onChange={(e) => update({ followUpReminders: e.target.checked })}
          />
          {t('log.remind')}
        </label>
        <p id={`${actionsId}-remind-hint`} className="field-hint">
          {t('log.remindHint')}
        </p>

        <fieldset className="urge-actions" aria-describedby={`${actionsId}-hint`}>
          <legend className="field-label urge-actions-legend">{t('log.doing')}</legend>
          <p id={`${actionsId}-hint`} className="field-hint">
            {t('log.doingHint')}
          </p>
          <div className="urge-action-grid">
            {actionsFor(plans, t)
              .map((action) => (action.id === 'parked' ? { ...action, ...parkChoice(partner, t) } : action))
              .map((a) => (
                <button
                  key={a.id}
                  type="button"
                  className="urge-action"
                  aria-labelledby={`${actionsId}-${a.id}`}
                  aria-describedby={`${actionsId}-${a.id}-hint`}
                  aria-disabled={busyWith !== null || undefined}
                  onClick={() => void form.submitWith(a.id)}
                >
                  <span id={`${actionsId}-${a.id}`} className="urge-action-label">
                    {busyWith === a.id ? t('common:saving') : a.label}
                  </span>
                  <span id={`${actionsId}-${a.id}-hint`} className="urge-action-hint">
                    {a.hint}
                  </span>
                </button>
              ))}
          </div>
        </fieldset>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
      </FormShell>
    </Page>
  );
}
