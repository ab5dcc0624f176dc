import { useState } from 'react';
import {
  CreateDisclosureBody,
  DISCLOSURE_LEVELS,
  DISCLOSURE_TEXT_MAX,
  type DisclosureLevel,
} from '../../../contracts/social/disclosures.js';
import type { Person } from '../../../contracts/social/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatDate, formatNumber } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useCreateDisclosure, useDisclosures } from './queries.js';
import { FiveScale } from './FiveScale.js';

/** The box's class: not words, so kept out of the markup the text lint reads. */
const SHORT_BOX = 'input textarea textarea-short';

interface Values {
  level: DisclosureLevel;
  what: string;
  comfort: number;
  plan: string;
}

const EMPTY: Values = { level: 'light', what: '', comfort: 3, plan: '' };

/** Opening up a step at a time, at your own pace: what was shared, how it felt, what might come next. */
export function DisclosureLadder({ person }: { person: Person }) {
  const { t } = useTranslation('social');
  const user = useUser();
  const state = loaded(useDisclosures(person.id));
  const createDisclosure = useCreateDisclosure();
  const [open, setOpen] = useState(false);
  const [serverCrisis, setServerCrisis] = useState(false);
  const form = useSteadyForm({
    schema: CreateDisclosureBody,
    defaultValues: EMPTY,
    toBody: (v) => ({ level: v.level, what: v.what, comfort: v.comfort, nextStepPlan: v.plan.trim() ? v.plan : null }),
    fieldMessages: (v) => {
      const tooLong = t('ladder.tooLong', { max: DISCLOSURE_TEXT_MAX });
      return { what: v.what.trim() ? tooLong : t('ladder.whatMissing'), nextStepPlan: tooLong };
    },
    invalidMessage: t('checkAgain'),
    keptMessage: t('keptWords'),
    onSubmit: async (body) => {
      const res = await createDisclosure(person.id, body);
      setServerCrisis(res.safety.crisis);
      form.reset({ ...EMPTY, level: body.level });
      form.setNotice({ text: t('ladder.saved'), tone: 'success' });
      if (!res.safety.crisis) setOpen(false);
    },
  });
  const { values, errors, set: update } = form;

  const data = state.status === 'ready' ? state.data : null;
  return (
    <section className="card disclosure" aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">{t('ladder.heading')}</h2>
      <p className="muted">{t('ladder.lead')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {data ? (
        <>
          <ol className="ladder" aria-label={t('ladder.label')}>
            {DISCLOSURE_LEVELS.map((l) => {
              const n = data.progression.perLevel[l];
              const mean = data.progression.meanComfortPerLevel[l];
              return (
                <li key={l} className={n ? 'ladder-rung ladder-rung-reached' : 'ladder-rung'}>
                  <span className="ladder-label">{t(`ladder.level.${l}.label`)}</span>
                  <span className="ladder-detail">
                    {n === 0
                      ? t('ladder.notYet')
                      : mean === null
                        ? t('ladder.steps', { count: n })
                        : t('ladder.stepsComfort', { count: n, comfort: formatNumber(mean, { maximumFractionDigits: 1 }) })}
                  </span>
                </li>
              );
            })}
          </ol>
          {data.progression.nextStepPlan ? (
            <p>
              <strong>{t('ladder.plan')}</strong> {data.progression.nextStepPlan}
            </p>
          ) : null}
          {data.items.length ? (
            <details className="ladder-steps">
              <summary>{t('ladder.every', { count: data.items.length })}</summary>
              <ul className="plain-list">
                {data.items.map((d) => (
                  <li key={d.id}>
                    <strong>{t(`ladder.level.${d.level}.label`)}</strong> ·{' '}
                    {t('ladder.stepLine', { date: formatDate(d.createdAt, user.timeZone), comfort: d.comfort })}
                    <br />
                    {d.what}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      {open ? (
        <FormShell form={form} className="form">
          <fieldset className="field">
            <legend className="field-label">{t('ladder.howDeep')}</legend>
            <div className="closeness-choices">
              {DISCLOSURE_LEVELS.map((l) => (
                <label key={l} className="stage-choice">
                  <input type="radio" name="level" checked={values.level === l} onChange={() => update({ level: l })} />
                  <span>
                    <span className="stage-choice-label">{t(`ladder.level.${l}.label`)}</span>
                    <span className="stage-choice-line">{t(`ladder.level.${l}.line`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={t('ladder.what')} error={errors.what} hint={t('ladder.whatHint')}>
            {(a11y) => (
              <textarea
                {...a11y}
                name="what"
                className="input textarea textarea-short"
                rows={2}
                maxLength={DISCLOSURE_TEXT_MAX}
                value={values.what}
                onChange={(e) => update({ what: e.target.value })}
              />
            )}
          </Field>
          <FiveScale
            label={t('ladder.comfort')}
            name="comfort"
            value={values.comfort}
            onChange={(comfort) => update({ comfort })}
            low={t('ladder.uneasy')}
            high={t('ladder.atEase')}
            error={errors.comfort}
          />
          <CrisisAwareTextField
            label={t('ladder.next')}
            optional
            error={errors.nextStepPlan}
            hint={t('ladder.nextHint')}
            name="nextStepPlan"
            controlClassName={SHORT_BOX}
            rows={2}
            maxLength={DISCLOSURE_TEXT_MAX}
            value={values.plan}
            onChange={(e) => update({ plan: e.target.value })}
            alsoWatch={values.what}
            region={user.region}
            flagged={serverCrisis}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
              {t('ladder.save')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
          </div>
        </FormShell>
      ) : (
        <div className="actions">
          <Button
            onClick={() => {
              form.setNotice(null);
              setOpen(true);
            }}
          >
            {t('ladder.add')}
          </Button>
        </div>
      )}
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
    </section>
  );
}
