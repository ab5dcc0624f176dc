import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SubmitAssessmentBody, type Assessment } from '../../../contracts/support/assessments.js';
import { INSTRUMENT_IDS, type Instrument } from '../../../contracts/support/instruments.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { loaded } from '../../query/loaded.js';
import { useInstruments, useSubmitAssessment } from './queries.js';
import { Result, SHORT_NAMES } from './results.js';

/** One questionnaire, one question per group, then the result. */
export function QuestionnairePage() {
  const { t } = useTranslation('questionnaires');
  const { id = '' } = useParams();
  const known = (INSTRUMENT_IDS as readonly string[]).includes(id);
  const instruments = useInstruments();
  const load = loaded({ data: instruments.data && (instruments.data.find((i) => i.id === id) ?? null), error: instruments.error });
  if (!known || (load.status === 'ready' && !load.data))
    return (
      <ItemNotFound title={t('answer.title')} heading={t('answer.notFound')} back={{ to: '/questionnaires', label: t('answer.back') }} />
    );
  if (load.status !== 'ready' || !load.data)
    return (
      <ItemPending
        title={t('answer.title')}
        error={load.status === 'error' ? load.message : null}
        retry={() => void instruments.refetch()}
      />
    );
  return <Answer key={id} instrument={load.data} />;
}

function optionsFor(instrument: Instrument, index: number) {
  const item = instrument.items[index];
  return (typeof item === 'object' ? item.options : instrument.options) ?? [];
}

function Answer({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('questionnaires');
  const user = useUser();
  const [result, setResult] = useState<{ assessment: Assessment; crisis: boolean } | null>(null);
  const submitAssessment = useSubmitAssessment();
  const form = useSteadyForm({
    schema: SubmitAssessmentBody,
    defaultValues: { answers: instrument.items.map((): number | null => null) },
    toBody: ({ answers }) => ({ instrument: instrument.id, answers }),
    onSubmit: async (body) => {
      const res = await submitAssessment(body.instrument, body.answers);
      setResult({ assessment: res.assessment, crisis: res.safety.crisis });
    },
  });
  const answers = form.values.answers;
  const short = SHORT_NAMES[instrument.id] ?? instrument.name;
  // PHQ-9 item 9: any answer above "not at all" shows help at once, before anything is sent.
  const selfHarm = instrument.id === 'phq9' && (answers[8] ?? 0) > 0;

  // A question left out is named by its radio group, so the hook focuses that group (the chosen
  // radio, else the first) and the words sit under that question.
  const submit = {
    attach: form.attach,
    onSubmit: (e?: React.FormEvent) => {
      e?.preventDefault();
      const missing = answers.findIndex((a) => a === null);
      if (missing < 0) return form.onSubmit();
      const words = t('answer.missing', { n: missing + 1 });
      form.showErrors({ [`q${missing}`]: words }, words);
    },
  };

  if (result) {
    return (
      // Its own key, so the page mounts afresh and focus moves to the new heading (before any help shown).
      <Page key="result" title={t('result.title')} heading={t('result.heading', { name: short })} className="questionnaire">
        {result.crisis || result.assessment.flags.includes('self-harm-thoughts') ? (
          <CrisisPanel region={user.region} where="answers" />
        ) : null}
        <section aria-label={t('result.region')} className="card">
          <Result instrument={instrument} assessment={result.assessment} />
        </section>
        <div className="actions">
          <Link to="/questionnaires" className="button button-primary">
            {t('result.all')}
          </Link>
          <Link to="/support" className="button button-secondary">
            {t('result.support')}
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('answer.title')} heading={<span className="instrument">{instrument.name}</span>} className="questionnaire">
      {instrument.stem ? <p className="page-lead instrument">{instrument.stem}</p> : null}
      <p className="muted">{t('answer.takeTime')}</p>
      <FormShell form={submit} className="form questionnaire-form">
        {instrument.items.map((item, i) => {
          const text = typeof item === 'string' ? item : item.text;
          const error = form.errors[`q${i}`];
          return (
            <div key={i}>
              {/* The sentence itself is the form's message (one live region), which the question points to. */}
              <fieldset className="question" aria-describedby={error ? 'answers-message' : undefined}>
                <legend>
                  <span className="question-number">{i + 1}.</span> <span className="instrument">{text}</span>
                </legend>
                <div className="question-options">
                  {optionsFor(instrument, i).map((o) => (
                    <label key={o.value} className="choice question-option">
                      <input
                        type="radio"
                        name={`q${i}`}
                        value={o.value}
                        checked={answers[i] === o.value}
                        onChange={() => {
                          form.clearErrors(`q${i}`);
                          form.set({ answers: answers.map((a, j) => (j === i ? o.value : a)) });
                        }}
                      />{' '}
                      <span className="instrument">{o.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {instrument.id === 'phq9' && i === 8 && selfHarm ? <CrisisPanel region={user.region} where="answering" /> : null}
            </div>
          );
        })}
        <p className="visually-hidden" aria-live="polite">
          {selfHarm ? t('answer.selfHarm') : ''}
        </p>
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('answer.busy')}>
            {t('answer.submit')}
          </Button>
          <Link to="/questionnaires" className="button button-quiet">
            {t('answer.notNow')}
          </Link>
        </div>
        <FormMessage id="answers-message" message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'error'} />
      </FormShell>
      <p className="result-source">
        <span className="muted">{t('answer.source')} </span>
        <span className="sources">
          {instrument.source} <span className="muted">{instrument.permission}</span>
        </span>
      </p>
    </Page>
  );
}
