import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateUrgeBody, URGE_TEXT_MAX, type UrgeAction } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { registerForgetter } from '../../auth/forget.js';
import { useUser } from '../../auth/session.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { localInputValue } from '../../lib/dates.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { useCrisisWatch } from '../journal/useCrisisWatch.js';
import { actionsFor } from './actions.js';
import { useMyPlans } from '../safety-plan/useMyPlans.js';
import { useCreateUrge, useTriggerSuggestions } from './queries.js';
import { pauseStore } from './pauses.js';
import { parkChoice } from './park-choice.js';
import { usePartnerName } from './usePartnerName.js';
import { sentRating, unansweredRatings, UrgeRatings, type UrgeRating } from './UrgeRatings.js';

interface UrgeDraft {
  intensity: UrgeRating;
  anxietyBefore: UrgeRating;
  triggers: string[];
  typed: string;
  wantedTo: string;
  /** A datetime-local value when the urge came earlier; empty means "now". */
  earlier: string;
}

// The ratings start unanswered: an untouched slider is no answer, so it is never saved as a 5.
const EMPTY: UrgeDraft = { intensity: null, anxietyBefore: null, triggers: [], typed: '', wantedTo: '', earlier: '' };

// In memory only, like journal drafts: a trip to the SOS page mid-way loses nothing; logging out forgets it.
let draft: UrgeDraft | null = null;
/** Changed only from effects and handlers, never while rendering (a module variable is shared by every render). */
function keepDraft(value: UrgeDraft | null): void {
  draft = value;
}
registerForgetter(() => keepDraft(null));

/**
 * "I want reassurance": two taps from anywhere. Each rating is moved or skipped (a skip is kept
 * as no number); choosing what you did saves.
 */
export function UrgeLogPage() {
  const user = useUser();
  const navigate = useNavigate();
  const [values, setValues] = useState<UrgeDraft>(() => draft ?? EMPTY);
  const suggestions = useTriggerSuggestions().data ?? null;
  const createUrge = useCreateUrge();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<UrgeAction | null>(null);
  const crisis = useCrisisWatch(values.wantedTo);
  const plans = useMyPlans(user.id);
  const formRef = useRef<HTMLFormElement>(null);
  const actionsId = useId();
  const partner = usePartnerName();

  useEffect(() => {
    keepDraft(values === EMPTY ? null : values);
  }, [values]);

  const update = (patch: Partial<UrgeDraft>) => {
    setValues((v) => ({ ...v, ...patch }));
    // An answered rating (moved or skipped) takes its own reminder away.
    const answered = (['intensity', 'anxietyBefore'] as const).filter((k) => k in patch);
    if (answered.length) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(answered as string[]).includes(k))));
  };

  async function save(action: UrgeAction) {
    if (busy) return;
    const unanswered = unansweredRatings(values);
    if (Object.keys(unanswered).length > 0) {
      setErrors(unanswered);
      setMessage('Rate how it feels, or skip a rating, before choosing what you’re doing with it.');
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${unanswered.intensity ? 'intensity' : 'anxietyBefore'}"]`)?.focus();
      return;
    }
    const typedTags = values.typed
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const occurredAt = values.earlier ? new Date(values.earlier) : new Date();
    const body = {
      occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date().toISOString() : occurredAt.toISOString(),
      intensity: sentRating(values.intensity),
      anxietyBefore: sentRating(values.anxietyBefore),
      triggers: [...values.triggers, ...typedTags],
      wantedTo: values.wantedTo.trim() ? values.wantedTo : null,
      action,
    };
    const checked = validate(CreateUrgeBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage('Something needs another look before saving.');
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(action);
    try {
      const result = await createUrge.mutateAsync(checked.data);
      const ref = result.queued ? result.localId : result.data.urge.id;
      if (!ref) throw new Error('The outbox gave no placeholder for a new urge');
      pauseStore.set(ref, {
        occurredAt: checked.data.occurredAt,
        action,
        anxietyBefore: checked.data.anxietyBefore,
        queued: result.queued,
        crisis: crisis || (!result.queued && result.data.safety.crisis),
        timer: null,
        followUp: null,
        ...(!result.queued && result.data.parkedTopic && { topic: result.data.parkedTopic }),
      });
      keepDraft(null);
      await navigate(`/urge/${encodeURIComponent(ref)}`);
    } catch (err) {
      setBusy(null);
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setMessage(`${err.friendly} Everything you chose is still here.`);
      } else throw err;
    }
  }

  const maxEarlier = localInputValue(new Date());

  return (
    <Page
      title="I want reassurance"
      heading="You noticed the urge"
      lead="That noticing is the skill. Take one slow breath; nothing here needs to be perfect."
      className="urge-log"
    >
      <form
        ref={formRef}
        noValidate
        className="form urge-form"
        onSubmit={(e) => {
          // Enter in a text box saves nothing by surprise: the person chooses what they did below.
          e.preventDefault();
        }}
      >
        <UrgeRatings values={values} update={update} suggestions={suggestions} errors={errors} tense="now" />
        <Field
          label="What did you want to ask or send?"
          optional
          error={errors.wantedTo}
          hint="Just for you. Writing it down can take some of its pull away."
        >
          {(a11y) => (
            <textarea
              {...a11y}
              name="wantedTo"
              className="input textarea textarea-short"
              rows={3}
              maxLength={URGE_TEXT_MAX}
              value={values.wantedTo}
              onChange={(e) => update({ wantedTo: e.target.value })}
            />
          )}
        </Field>
        <p className="visually-hidden" aria-live="polite">
          {crisis ? 'Support lines are now shown below what you wrote.' : ''}
        </p>
        {crisis ? <CrisisPanel region={user.region} where="writing" /> : null}

        <details className="when" open={Boolean(values.earlier)}>
          <summary>It happened earlier</summary>
          <Field label="When did the urge come?" error={errors.occurredAt} hint="Leave this closed if it’s happening now.">
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

        <fieldset className="urge-actions" aria-describedby={`${actionsId}-hint`}>
          <legend className="field-label urge-actions-legend">What are you doing with it?</legend>
          <p id={`${actionsId}-hint`} className="field-hint">
            Choosing one saves this moment. Every answer is useful; none of them is wrong.
          </p>
          <div className="urge-action-grid">
            {actionsFor(plans)
              .map((action) => (action.id === 'parked' ? { ...action, ...parkChoice(partner) } : action))
              .map((a) => (
                <button
                  key={a.id}
                  type="button"
                  className="urge-action"
                  aria-labelledby={`${actionsId}-${a.id}`}
                  aria-describedby={`${actionsId}-${a.id}-hint`}
                  aria-disabled={busy !== null || undefined}
                  onClick={() => void save(a.id)}
                >
                  <span id={`${actionsId}-${a.id}`} className="urge-action-label">
                    {busy === a.id ? 'Saving…' : a.label}
                  </span>
                  <span id={`${actionsId}-${a.id}-hint`} className="urge-action-hint">
                    {a.hint}
                  </span>
                </button>
              ))}
          </div>
        </fieldset>
        <FormMessage message={message} tone="error" />
      </form>
    </Page>
  );
}
