import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { DISTORTIONS, type DistortionId } from '../../../../contracts/reassurance/distortions.js';
import { CreateThoughtRecordBody, THOUGHT_TEXT_MAX, type ThoughtRecord } from '../../../../contracts/reassurance/thought-records.js';
import { registerForgetter } from '../../../auth/forget.js';
import { Button } from '../../../components/Button.js';
import { CrisisSupport } from '../../../components/CrisisAwareTextField.js';
import { Field, TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { RatingField } from '../../../components/RatingField.js';
import { FormShell } from '../../../forms/FormShell.js';
import { LeaveDialog } from '../../../forms/LeaveDialog.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';

export interface ThoughtDraft {
  /** datetime-local, on the device's clock. */
  occurredAt: string;
  situation: string;
  automaticThought: string;
  emotion: string;
  emotionIntensity: number;
  distortions: DistortionId[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  /** null: not re-rated (yet). */
  emotionIntensityAfter: number | null;
}

/** What the form sends: the contract's body, as its schema parsed it. */
export type ThoughtBody = z.output<typeof CreateThoughtRecordBody>;

/** Suggestions only, in the person's language (tools:form.feelings); the feeling is theirs to word. */
const FEELINGS = ['anxious', 'afraid', 'sad', 'hurt', 'lonely', 'angry', 'ashamed', 'unsure'] as const;

// Unsaved records live in memory only (like journal drafts) and are forgotten at logout.
const drafts = new Map<string, ThoughtDraft>();
registerForgetter(() => drafts.clear());
export const thoughtDrafts = { delete: (key: string) => void drafts.delete(key) };

export function localInput(iso: string | Date): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function emptyThought(): ThoughtDraft {
  return {
    occurredAt: localInput(new Date()),
    situation: '',
    automaticThought: '',
    emotion: '',
    emotionIntensity: 5,
    distortions: [],
    evidenceFor: '',
    evidenceAgainst: '',
    balancedThought: '',
    emotionIntensityAfter: null,
  };
}

export function fromRecord(r: ThoughtRecord): ThoughtDraft {
  return {
    occurredAt: localInput(r.occurredAt),
    situation: r.situation,
    automaticThought: r.automaticThought,
    emotion: r.emotion,
    emotionIntensity: r.emotionIntensity,
    distortions: [...r.distortions],
    evidenceFor: r.evidenceFor,
    evidenceAgainst: r.evidenceAgainst,
    balancedThought: r.balancedThought,
    emotionIntensityAfter: r.emotionIntensityAfter,
  };
}

function toBody(d: ThoughtDraft) {
  const when = new Date(d.occurredAt);
  return {
    occurredAt: Number.isNaN(when.getTime()) ? d.occurredAt : when.toISOString(),
    situation: d.situation,
    automaticThought: d.automaticThought,
    emotion: d.emotion,
    emotionIntensity: d.emotionIntensity,
    distortions: d.distortions,
    evidenceFor: d.evidenceFor,
    evidenceAgainst: d.evidenceAgainst,
    balancedThought: d.balancedThought,
    emotionIntensityAfter: d.emotionIntensityAfter,
  };
}

const same = (a: ThoughtDraft, b: ThoughtDraft) => JSON.stringify(a) === JSON.stringify(b);

interface ThoughtFormProps {
  draftKey: string;
  initial: ThoughtDraft;
  region: string;
  submitLabel: string;
  cancel: { to: string } | { onCancel: () => void };
  onSave: (body: ThoughtBody) => Promise<void>;
}

/** The thought record, one calm section at a time. Only the first three parts are needed; the rest is there when it helps. */
export function ThoughtForm({ draftKey, initial, region, submitLabel, cancel, onSave }: ThoughtFormProps) {
  const { t } = useTranslation('tools');
  const [restored] = useState(() => drafts.get(draftKey));
  const form = useSteadyForm({
    schema: CreateThoughtRecordBody,
    defaultValues: restored ?? initial,
    toBody,
    isDirty: (v) => !same(v, initial),
    guard: true,
    keptMessage: t('form.kept'),
    onSubmit: async (body) => {
      await onSave(body);
      drafts.delete(draftKey);
    },
  });
  const { values, errors, dirty, set: update } = form;
  const id = useId();

  useEffect(() => {
    if (dirty) drafts.set(draftKey, values);
    else drafts.delete(draftKey);
  }, [draftKey, values, dirty]);

  const toggleTrap = (trap: DistortionId) =>
    update({
      distortions: values.distortions.includes(trap) ? values.distortions.filter((d) => d !== trap) : [...values.distortions, trap],
    });

  const text = (
    name: 'situation' | 'automaticThought' | 'evidenceFor' | 'evidenceAgainst' | 'balancedThought',
    label: string,
    hint: string,
    optional = false,
  ) => (
    <Field label={label} hint={hint} optional={optional} error={errors[name]}>
      {(a11y) => (
        <textarea
          {...a11y}
          name={name}
          className="input textarea textarea-short"
          rows={3}
          maxLength={THOUGHT_TEXT_MAX}
          value={values[name]}
          onChange={(e) => update({ [name]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <>
      <FormShell form={form} className="form thought-form">
        <section className="form-section" aria-labelledby={`${id}-what`}>
          <h2 id={`${id}-what`}>{t('form.what')}</h2>
          {text('situation', t('form.situation'), t('form.situationHint'))}
          <TextField
            label={t('form.when')}
            type="datetime-local"
            name="occurredAt"
            value={values.occurredAt}
            onChange={(e) => update({ occurredAt: e.target.value })}
            error={errors.occurredAt}
            className="field-when"
          />
        </section>

        <section className="form-section" aria-labelledby={`${id}-thought`}>
          <h2 id={`${id}-thought`}>{t('form.thought')}</h2>
          {text('automaticThought', t('form.automaticThought'), t('form.automaticThoughtHint'))}
          <Field label={t('form.feeling')} hint={t('form.feelingHint')} error={errors.emotion}>
            {(a11y) => (
              <>
                <input
                  {...a11y}
                  name="emotion"
                  className="input"
                  maxLength={80}
                  value={values.emotion}
                  onChange={(e) => update({ emotion: e.target.value })}
                  list={`${id}-feelings`}
                  autoCapitalize="none"
                />
                <datalist id={`${id}-feelings`}>
                  {FEELINGS.map((f) => (
                    <option key={f} value={t(`form.feelings.${f}`)} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <RatingField
            label={t('form.strength')}
            name="emotionIntensity"
            value={values.emotionIntensity}
            onChange={(emotionIntensity) => update({ emotionIntensity })}
            low={t('form.barely')}
            high={t('form.strongest')}
            error={errors.emotionIntensity}
          />
        </section>

        <section className="form-section" aria-labelledby={`${id}-traps`}>
          <h2 id={`${id}-traps`}>{t('form.traps')}</h2>
          <p className="field-hint">{t('form.trapsHint')}</p>
          <fieldset className="field trap-set">
            <legend className="visually-hidden">{t('form.trapsLegend')}</legend>
            <ul className="trap-list">
              {DISTORTIONS.map((d) => (
                <li key={d.id}>
                  <label className="trap">
                    <input
                      type="checkbox"
                      name="distortions"
                      value={d.id}
                      checked={values.distortions.includes(d.id)}
                      onChange={() => toggleTrap(d.id)}
                    />
                    <span className="trap-body">
                      <span className="trap-name">{t(`distortions.${d.id}.name`)}</span>
                      <span className="trap-text">{t(`distortions.${d.id}.explanation`)}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {errors.distortions ? <p className="field-error">{errors.distortions}</p> : null}
          </fieldset>
        </section>

        <section className="form-section" aria-labelledby={`${id}-evidence`}>
          <h2 id={`${id}-evidence`}>{t('form.evidence')}</h2>
          {text('evidenceFor', t('form.evidenceFor'), t('form.evidenceForHint'), true)}
          {text('evidenceAgainst', t('form.evidenceAgainst'), t('form.evidenceAgainstHint'), true)}
        </section>

        <section className="form-section" aria-labelledby={`${id}-balanced`}>
          <h2 id={`${id}-balanced`}>{t('form.balanced')}</h2>
          {text('balancedThought', t('form.balancedThought'), t('form.balancedThoughtHint'), true)}
          {values.emotionIntensityAfter === null ? (
            <div className="field">
              <p className="field-label">{t('form.strengthNow')}</p>
              <div>
                <Button variant="secondary" onClick={() => update({ emotionIntensityAfter: values.emotionIntensity })}>
                  {t('form.rateAgain')}
                </Button>
              </div>
            </div>
          ) : (
            <>
              <RatingField
                label={t('form.strengthNow')}
                name="emotionIntensityAfter"
                value={values.emotionIntensityAfter}
                onChange={(emotionIntensityAfter) => update({ emotionIntensityAfter })}
                low={t('form.barely')}
                high={t('form.strongest')}
                error={errors.emotionIntensityAfter}
              />
              <div>
                <Button variant="quiet" onClick={() => update({ emotionIntensityAfter: null })}>
                  {t('form.leaveUnrated')}
                </Button>
              </div>
            </>
          )}
        </section>

        <CrisisSupport
          text={[values.situation, values.automaticThought, values.evidenceFor, values.evidenceAgainst, values.balancedThought].join('\n')}
          region={region}
        />

        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('form.saving')}>
            {submitLabel}
          </Button>
          {'to' in cancel ? (
            <Link to={cancel.to} className="button button-quiet">
              {t('form.cancel')}
            </Link>
          ) : (
            <Button variant="quiet" onClick={() => form.leave.ask(cancel.onCancel)}>
              {t('form.cancel')}
            </Button>
          )}
        </div>
      </FormShell>

      <LeaveDialog guard={form.leave} onLeave={() => drafts.delete(draftKey)} />
    </>
  );
}
