import { useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { UrgeAction } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { RatingField } from '../../components/RatingField.js';
import { useNow } from '../../lib/useNow.js';
import { TimerRing } from '../../components/TimerRing.js';
import { isLocalRef } from '../../offline/outbox.js';
import { urgesApi } from './api.js';
import { useAddFollowUp, useUpdateUrge } from './queries.js';
import { parkChoice } from './park-choice.js';
import { ParkedTopicCard } from './ParkedTopicCard.js';
import { laterPhrase, minutesSince, pauseStore, type Passed, type PauseState } from './pauses.js';
import { usePartnerName } from './usePartnerName.js';
import { useMyPlans } from '../safety-plan/useMyPlans.js';

const DELAYS = [5, 10, 20] as const;

const LEADS: Record<UrgeAction, string> = {
  sought: 'Thank you for writing it down. Asking is information, not a failure, and noticing the pattern is how it starts to change.',
  delayed: 'Waiting with a hard feeling takes courage. A timer can hold the time for you.',
  soothed: 'You turned towards yourself. That is the skill, growing a little each time.',
  parked: 'You set it down. You don’t have to carry it until then.',
  plan: 'You reached for your plan. That is exactly what it is there for.',
};

const AFTER: Record<Passed, string> = {
  yes: 'It passed. You stayed with a hard feeling until it eased, and that is exactly the skill.',
  partly: 'It has softened a little. That counts, and it often keeps easing.',
  no: 'It’s still here, and that’s okay. Urges rise and fall like waves; this one hasn’t settled yet.',
};

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; pause: PauseState };

/** After logging an urge: an offer to pause (a timer, a soothing tool, or parking it), never a demand. */
export function PausePage() {
  const { ref = '' } = useParams();
  const user = useUser();
  const [load, setLoad] = useState<Load>(() => {
    const known = pauseStore.get(ref);
    return known ? { status: 'ready', pause: known } : { status: 'loading' };
  });

  // Reloaded, or opened from a link: rebuild what is needed from the server.
  useEffect(() => {
    if (load.status !== 'loading') return;
    if (isLocalRef(ref) || !navigator.onLine) {
      setLoad({ status: 'missing' });
      return;
    }
    const controller = new AbortController();
    urgesApi
      .get(ref, controller.signal)
      .then(({ urge, safety }) => {
        const pause: PauseState = {
          occurredAt: urge.occurredAt,
          action: urge.action,
          anxietyBefore: urge.anxietyBefore,
          queued: false,
          crisis: safety.crisis,
          timer: pauseStore.savedTimer(ref),
          followUp: null,
        };
        pauseStore.set(ref, pause);
        setLoad({ status: 'ready', pause });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ status: 'missing' });
      });
    return () => controller.abort();
  }, [load.status, ref]);

  if (load.status === 'loading') {
    return (
      <Page title="A moment for you">
        <Loading />
      </Page>
    );
  }
  if (load.status === 'missing') {
    return (
      <Page title="A moment for you" lead="This pause isn’t open any more, and that’s fine. What you logged is kept.">
        <div className="actions">
          <Link to="/urge" className="button button-primary">
            Log another urge
          </Link>
          <Link to="/tools" className="button button-secondary">
            Open the toolkit
          </Link>
        </div>
      </Page>
    );
  }
  return <Pause key={ref} urgeRef={ref} initial={load.pause} region={user.region} />;
}

function Pause({ urgeRef, initial, region }: { urgeRef: string; initial: PauseState; region: string }) {
  const [pause, setPauseState] = useState(initial);
  // Unset until moved: the anxiety at the urge is not an answer about now.
  const [rating, setRating] = useState<number | null>(null);
  const [passed, setPassed] = useState<Passed | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const passedId = useId();
  const partner = usePartnerName();
  const updateUrge = useUpdateUrge();
  const addFollowUp = useAddFollowUp();
  const timing = pause.timer !== null && pause.followUp === null;
  const now = useNow(timing);
  const phase: 'choose' | 'timer' | 'ask' | 'after' = pause.followUp
    ? 'after'
    : pause.timer
      ? now < pause.timer.endsAt
        ? 'timer'
        : 'ask'
      : 'choose';

  const setPause = (patch: Partial<PauseState>) => {
    pauseStore.update(urgeRef, patch);
    setPauseState((p) => ({ ...p, ...patch }));
  };

  function startTimer(minutes: number) {
    const startedAt = Date.now();
    setNote(null);
    setPassed(null);
    setPause({ timer: { minutes, startedAt, endsAt: startedAt + minutes * 60_000 }, followUp: null });
    // "I'm waiting" now has a length; anything else keeps what the person chose.
    if (pause.action === 'delayed') void updateUrge.mutateAsync({ ref: urgeRef, body: { delayMinutes: minutes } }).catch(() => undefined);
  }

  function endEarly() {
    if (pause.timer) setPause({ timer: { ...pause.timer, endsAt: Date.now(), early: true } });
  }

  async function park() {
    setBusy(true);
    try {
      const res = await updateUrge.mutateAsync({ ref: urgeRef, body: { action: 'parked' } });
      const topic = res.queued ? undefined : res.data.parkedTopic;
      setPause({ action: 'parked', ...(topic && { topic }) });
      setNote(
        res.queued
          ? 'Saved on this device. It will be parked when you’re back online.'
          : topic?.place === 'reflection'
            ? 'Kept for your next reflection, so you can set it down for now.'
            : 'Parked for your check-in, so you can set it down for now.',
      );
    } catch (err) {
      setNote(err instanceof ApiError ? err.friendly : 'That didn’t work just now. Please try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  async function saveFollowUp() {
    if (rating === null) {
      setMessage('Move the slider to how anxious you feel now, or choose Skip.');
      return;
    }
    if (!passed) {
      setMessage('Choose how the urge is now, whichever is closest.');
      document.getElementById(`${passedId}-yes`)?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    const minutesAfter = minutesSince(pause.occurredAt);
    try {
      const res = await addFollowUp.mutateAsync({ ref: urgeRef, body: { minutesAfter, anxiety: rating } });
      setPause({ followUp: { minutesAfter, anxiety: rating, passed } });
      setNote(res.queued ? 'Saved on this device. It will sync when you’re back online.' : null);
    } catch (err) {
      setMessage(err instanceof ApiError ? `${err.friendly} Your answer is still here.` : 'That didn’t save just now.');
    } finally {
      setBusy(false);
    }
  }

  const toolLink = (path: string) => `${path}?urge=${encodeURIComponent(urgeRef)}`;
  const remaining = pause.timer ? (pause.timer.endsAt - now) / 1000 : 0;
  const total = pause.timer ? pause.timer.minutes * 60 : 1;

  const options = (
    <div className="pause-options">
      <section className="card pause-option" aria-labelledby="wait-heading">
        <h2 id="wait-heading">{phase === 'after' ? 'A few more minutes?' : 'Wait it out'}</h2>
        <p>Set a gentle timer. When it ends, Steady quietly asks how you feel. No sounds, no alarms.</p>
        <div className="actions">
          {DELAYS.map((m) => (
            <Button key={m} variant="secondary" onClick={() => startTimer(m)}>
              {m} minutes
            </Button>
          ))}
        </div>
      </section>
      <section className="card pause-option" aria-labelledby="soothe-heading">
        <h2 id="soothe-heading">Soothe yourself</h2>
        <p>A few minutes with one of these can bring your body down a notch.</p>
        <ul className="link-list">
          <li>
            <Link to={toolLink('/tools/breathing')}>Paced breathing</Link>
          </li>
          <li>
            <Link to={toolLink('/tools/grounding')}>5-4-3-2-1 grounding</Link>
          </li>
          <li>
            <Link to={toolLink('/tools/muscles')}>Muscle relaxation</Link>
          </li>
          <li>
            <Link to={toolLink('/tools')}>All tools</Link>
          </li>
        </ul>
      </section>
      {pause.action !== 'parked' ? (
        <section className="card pause-option" aria-labelledby="park-heading">
          <h2 id="park-heading">{parkChoice(partner).label}</h2>
          <p>
            {partner === null
              ? 'Put it on your own list for a calmer moment, when you reflect on your week. Only you see it.'
              : partner === undefined
                ? 'Set it down for now. It waits privately for your check-in, or on your own list if you have no partner linked.'
                : `Save it for your next check-in with ${partner}. It starts out private; you choose whether to share it.`}
          </p>
          <Button variant="secondary" busy={busy} busyLabel="Parking…" onClick={() => void park()}>
            Park it
          </Button>
        </section>
      ) : null}
      <p>
        <Link to="/home">I’m okay for now</Link>
      </p>
    </div>
  );

  return (
    <Page title="A moment for you" heading="A moment for you" className="pause">
      <p className="notice" role="status">
        {pause.queued ? 'Saved on this device. It will sync when you’re back online.' : 'Saved. This is yours alone.'}
      </p>
      {pause.crisis ? <CrisisPanel region={region} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {note ?? (phase === 'ask' ? 'The time is up. When you’re ready, say how you feel now.' : '')}
      </p>
      {note ? <p className="notice">{note}</p> : null}
      {pause.action === 'parked' && pause.topic ? (
        <ParkedTopicCard topic={pause.topic} partner={partner} onChange={(topic) => setPause({ topic })} />
      ) : null}
      {pause.action === 'plan' ? <PlanLinks /> : null}

      {phase === 'choose' ? (
        <>
          <p className="page-lead">{LEADS[pause.action]}</p>
          <p>If you’d like, take a pause now. It’s an offer, not a task.</p>
          {options}
        </>
      ) : null}

      {phase === 'timer' && pause.timer ? (
        <section className="card timer-card" aria-labelledby="timer-heading">
          <h2 id="timer-heading">Waiting it out</h2>
          <TimerRing remaining={remaining} total={total} />
          <p>
            Let the feeling be there without doing anything about it. Breathe as slowly as is comfortable. You can visit other screens; the
            timer keeps time.
          </p>
          <div className="actions actions-center">
            <Button variant="secondary" onClick={endEarly}>
              I’m ready to check in now
            </Button>
          </div>
        </section>
      ) : null}

      {phase === 'ask' ? (
        <section className="card ask-card" aria-labelledby="ask-heading">
          <h2 id="ask-heading">{pause.timer?.early ? 'Checking in. You stayed with it.' : 'The time is up. You stayed with it.'}</h2>
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void saveFollowUp();
            }}
          >
            <RatingField label="How anxious do you feel now?" value={rating} onChange={setRating} low="calm" high="overwhelming" />
            <fieldset className="field">
              <legend className="field-label">Has the urge passed?</legend>
              <div className="choice-row">
                {(
                  [
                    ['yes', 'Yes, it passed'],
                    ['partly', 'It’s softer'],
                    ['no', 'Not yet'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="choice">
                    <input
                      id={`${passedId}-${value}`}
                      type="radio"
                      name="passed"
                      value={value}
                      checked={passed === value}
                      onChange={() => setPassed(value)}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <FormMessage message={message} tone="error" />
            <div className="actions">
              <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
                Save how I feel
              </Button>
              <Button variant="quiet" onClick={() => setPause({ timer: null })}>
                Skip
              </Button>
            </div>
          </form>
        </section>
      ) : null}

      {phase === 'after' && pause.followUp ? (
        <>
          <section className="card after-card" aria-labelledby="after-heading">
            <h2 id="after-heading">{AFTER[pause.followUp.passed]}</h2>
            <p>
              {pause.anxietyBefore === null
                ? `Your anxiety was ${pause.followUp.anxiety} out of 10 ${laterPhrase(pause.followUp.minutesAfter)}. `
                : `Your anxiety was ${pause.anxietyBefore} out of 10 when the urge came, and ${pause.followUp.anxiety} out of 10 ${laterPhrase(pause.followUp.minutesAfter)}. `}
              Over time, these numbers show you what waiting does.
            </p>
          </section>
          {options}
        </>
      ) : null}
    </Page>
  );
}

/** Links to the plan the person used: their own, the pair's agreed one, or both. */
function PlanLinks() {
  const plans = useMyPlans(useUser().id);
  if (!plans.own && !plans.jointWith) return null;
  return (
    <ul className="plan-links">
      {plans.own ? (
        <li>
          <Link to="/sos#safety-plan">Open your safety plan</Link>
        </li>
      ) : null}
      {plans.jointWith ? (
        <li>
          <Link to="/sos#stress-plan">Open your stress plan with {plans.jointWith}</Link>
        </li>
      ) : null}
    </ul>
  );
}
