import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { SubmitAssessmentBody, type Assessment } from '../../../contracts/assessments.js';
import { INSTRUMENT_IDS, type Instrument } from '../../../contracts/instruments.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { validate } from '../../lib/validate.js';
import { useInstruments, useSubmitAssessment } from './queries.js';
import { Result, SHORT_NAMES } from './results.js';

const BACK = { to: '/questionnaires', label: 'All questionnaires' };

/** One questionnaire, one question per group, then the result. */
export function QuestionnairePage() {
  const { id = '' } = useParams();
  const known = (INSTRUMENT_IDS as readonly string[]).includes(id);
  const instruments = useInstruments();
  const load = loaded({ data: instruments.data && (instruments.data.find((i) => i.id === id) ?? null), error: instruments.error });
  if (!known || (load.status === 'ready' && !load.data))
    return <ItemNotFound title="Questionnaire" heading="We couldn’t find that questionnaire" back={BACK} />;
  if (load.status !== 'ready' || !load.data)
    return (
      <ItemPending title="Questionnaire" error={load.status === 'error' ? load.message : null} retry={() => void instruments.refetch()} />
    );
  return <Answer key={id} instrument={load.data} />;
}

function optionsFor(instrument: Instrument, index: number) {
  const item = instrument.items[index];
  return (typeof item === 'object' ? item.options : instrument.options) ?? [];
}

function Answer({ instrument }: { instrument: Instrument }) {
  const user = useUser();
  const [answers, setAnswers] = useState<(number | null)[]>(() => instrument.items.map(() => null));
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ assessment: Assessment; crisis: boolean } | null>(null);
  const submitAssessment = useSubmitAssessment();
  const formRef = useRef<HTMLFormElement>(null);
  const short = SHORT_NAMES[instrument.id] ?? instrument.name;
  // PHQ-9 item 9: any answer above "not at all" shows help at once, before anything is sent.
  const selfHarm = instrument.id === 'phq9' && (answers[8] ?? 0) > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = answers.findIndex((a) => a === null);
    if (missing >= 0) {
      setError(`Please answer question ${missing + 1} too. There are no right or wrong answers.`);
      const first = formRef.current?.querySelector<HTMLInputElement>(`input[name="q${missing}"]`);
      first?.focus();
      return;
    }
    const v = validate(SubmitAssessmentBody, { instrument: instrument.id, answers });
    if (!v.ok) {
      setError(v.errors.answers ?? v.errors.form ?? 'Something is not quite right with the answers.');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const res = await submitAssessment(v.data.instrument, v.data.answers);
      setResult({ assessment: res.assessment, crisis: res.safety.crisis });
      setMessage(null);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      // Its own key, so the page mounts afresh and focus moves to the new heading (before any help shown).
      <Page key="result" title="Questionnaire result" heading={`Your ${short} result`} className="questionnaire">
        {result.crisis || result.assessment.flags.includes('self-harm-thoughts') ? (
          <CrisisPanel region={user.region} where="answers" />
        ) : null}
        <section aria-label="Your result" className="card">
          <Result instrument={instrument} assessment={result.assessment} />
        </section>
        <div className="actions">
          <Link to="/questionnaires" className="button button-primary">
            All questionnaires and your history
          </Link>
          <Link to="/support" className="button button-secondary">
            Finding support
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Questionnaire" heading={instrument.name} className="questionnaire">
      {instrument.stem ? <p className="page-lead">{instrument.stem}</p> : null}
      <p className="muted">Take your time. It is a screening, not a diagnosis, and only you see your answers.</p>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate className="form questionnaire-form">
        {instrument.items.map((item, i) => {
          const text = typeof item === 'string' ? item : item.text;
          return (
            <div key={i}>
              <fieldset className="question">
                <legend>
                  <span className="question-number">{i + 1}.</span> {text}
                </legend>
                <div className="question-options">
                  {optionsFor(instrument, i).map((o) => (
                    <label key={o.value} className="choice question-option">
                      <input
                        type="radio"
                        name={`q${i}`}
                        value={o.value}
                        checked={answers[i] === o.value}
                        onChange={() => setAnswers((prev) => prev.map((a, j) => (j === i ? o.value : a)))}
                      />{' '}
                      {o.label}
                    </label>
                  ))}
                </div>
              </fieldset>
              {instrument.id === 'phq9' && i === 8 && selfHarm ? <CrisisPanel region={user.region} where="answering" /> : null}
            </div>
          );
        })}
        <p className="visually-hidden" aria-live="polite">
          {selfHarm ? 'Some people you can talk to now are shown just below question 9.' : ''}
        </p>
        <p className="field-error" aria-live="polite">
          {error}
        </p>
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Working it out…">
            See my result
          </Button>
          <Link to="/questionnaires" className="button button-quiet">
            Not now
          </Link>
        </div>
        <FormMessage message={message} tone="error" />
      </form>
      <p className="result-source">
        <span className="muted">Source: </span>
        {instrument.source} <span className="muted">{instrument.permission}</span>
      </p>
    </Page>
  );
}
