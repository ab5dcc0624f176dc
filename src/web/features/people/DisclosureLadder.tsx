import { useRef, useState, type FormEvent } from 'react';
import { CreateDisclosureBody, DISCLOSURE_LEVELS, DISCLOSURE_TEXT_MAX, type DisclosureLevel } from '../../../contracts/disclosures.js';
import type { Person } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { formatDate } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { useCrisisWatch } from '../../safety/useCrisisWatch.js';
import { useCreateDisclosure, useDisclosures } from './queries.js';
import { FiveScale } from './FiveScale.js';

export const LEVEL_WORDS: Record<DisclosureLevel, { label: string; line: string }> = {
  light: { label: 'Light', line: 'Everyday things: plans, likes, what’s been happening' },
  personal: { label: 'Personal', line: 'Opinions, hopes, things that matter to you' },
  vulnerable: { label: 'Vulnerable', line: 'Worries, hurts, the things that are hard to say' },
};

const ORDER = ['level', 'what', 'comfort', 'nextStepPlan'];

/** Opening up a step at a time, at your own pace: what was shared, how it felt, what might come next. */
export function DisclosureLadder({ person }: { person: Person }) {
  const user = useUser();
  const state = loaded(useDisclosures(person.id));
  const createDisclosure = useCreateDisclosure();
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState<DisclosureLevel>('light');
  const [what, setWhat] = useState('');
  const [comfort, setComfort] = useState(3);
  const [plan, setPlan] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [serverCrisis, setServerCrisis] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const crisis = useCrisisWatch(`${what}\n${plan}`) || serverCrisis;
  const formRef = useRef<HTMLFormElement>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const checked = validate(CreateDisclosureBody, { level, what, comfort, nextStepPlan: plan.trim() ? plan : null });
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await createDisclosure(person.id, checked.data);
      setServerCrisis(res.safety.crisis);
      setMessage({ text: 'Saved. Every step counts, however small.', tone: 'success' });
      setWhat('');
      setPlan('');
      setComfort(3);
      if (!res.safety.crisis) setOpen(false);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: `${err.friendly} What you wrote is still here.`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const data = state.status === 'ready' ? state.data : null;
  return (
    <section className="card disclosure" aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">What you’ve shared</h2>
      <p className="muted">Trust usually grows a step at a time. There’s no need to climb; staying where it feels right is fine.</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {data ? (
        <>
          <ol className="ladder" aria-label="The ladder, from light to vulnerable">
            {DISCLOSURE_LEVELS.map((l) => {
              const n = data.progression.perLevel[l];
              const mean = data.progression.meanComfortPerLevel[l];
              return (
                <li key={l} className={n ? 'ladder-rung ladder-rung-reached' : 'ladder-rung'}>
                  <span className="ladder-label">{LEVEL_WORDS[l].label}</span>
                  <span className="ladder-detail">
                    {n === 0 ? 'Not yet' : `${n} step${n === 1 ? '' : 's'}${mean === null ? '' : ` · comfort ${mean} of 5`}`}
                  </span>
                </li>
              );
            })}
          </ol>
          {data.progression.nextStepPlan ? (
            <p>
              <strong>Your plan for the next step:</strong> {data.progression.nextStepPlan}
            </p>
          ) : null}
          {data.items.length ? (
            <details className="ladder-steps">
              <summary>Every step so far ({data.items.length})</summary>
              <ul className="plain-list">
                {data.items.map((d) => (
                  <li key={d.id}>
                    <strong>{LEVEL_WORDS[d.level].label}</strong> · {formatDate(d.createdAt, user.timeZone)} · comfort {d.comfort} of 5
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
        <form ref={formRef} noValidate className="form" onSubmit={(e) => void save(e)}>
          <fieldset className="field">
            <legend className="field-label">How deep was it?</legend>
            <div className="closeness-choices">
              {DISCLOSURE_LEVELS.map((l) => (
                <label key={l} className="stage-choice">
                  <input type="radio" name="level" checked={level === l} onChange={() => setLevel(l)} />
                  <span>
                    <span className="stage-choice-label">{LEVEL_WORDS[l].label}</span>
                    <span className="stage-choice-line">{LEVEL_WORDS[l].line}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label="What did you share?" error={errors.what} hint="A few words are enough.">
            {(a11y) => (
              <textarea
                {...a11y}
                name="what"
                className="input textarea textarea-short"
                rows={2}
                maxLength={DISCLOSURE_TEXT_MAX}
                value={what}
                onChange={(e) => setWhat(e.target.value)}
              />
            )}
          </Field>
          <FiveScale
            label="How comfortable did it feel afterwards?"
            name="comfort"
            value={comfort}
            onChange={setComfort}
            low="uneasy"
            high="at ease"
            error={errors.comfort}
          />
          <Field
            label="A plan for the next step"
            optional
            error={errors.nextStepPlan}
            hint="What you might share next, when, and how you’ll look after yourself if it feels wobbly."
          >
            {(a11y) => (
              <textarea
                {...a11y}
                name="nextStepPlan"
                className="input textarea textarea-short"
                rows={2}
                maxLength={DISCLOSURE_TEXT_MAX}
                value={plan}
                onChange={(e) => setPlan(e.target.value)}
              />
            )}
          </Field>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Save this step
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button onClick={() => setOpen(true)}>Add a step</Button>
        </div>
      )}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
