import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { AddFollowUpBody } from '../../../../contracts/reassurance/urges.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisPanel } from '../../../components/CrisisPanel.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { RatingField } from '../../../components/RatingField.js';
import { FormShell } from '../../../forms/FormShell.js';
import { CHECK_AGAIN, useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useNow } from '../../../lib/useNow.js';
import { TimerRing } from '../../../components/TimerRing.js';
import { isLocalRef } from '../../../offline/outbox.js';
import { failedText, useAddFollowUp, usePartnerName, useUpdateUrge, useUrge } from './queries.js';
import { parkChoice } from './park-choice.js';
import { ParkedTopicCard } from './ParkedTopicCard.js';
import { LadderOffer } from './LadderOffer.js';
import { laterPhrase, minutesSince, pauseStore, type Passed, type PauseState } from './pauses.js';
import { useMyPlans } from '../../support/safety-plan/useMyPlans.js';

const DELAYS = [5, 10, 20] as const;
const PASSED = ['yes', 'partly', 'no'] as const satisfies readonly Passed[];
const PASSED_KEYS = { yes: 'pause.passedYes', partly: 'pause.passedPartly', no: 'pause.passedNo' } as const;

/** The follow-up's contract, with how the urge is now: asked here, kept on this device only. */
const FollowUpAnswer = AddFollowUpBody.extend({ passed: z.enum(PASSED) });

/** After logging an urge: an offer to pause (a timer, a soothing tool, or parking it), never a demand. */
export function PausePage() {
  const { t } = useTranslation('urges');
  const { ref = '' } = useParams();
  const user = useUser();
  const known = pauseStore.get(ref);
  // Reloaded, or opened from a link: what is needed is rebuilt from the server's copy of the urge.
  const canAsk = !known && !isLocalRef(ref) && navigator.onLine;
  const query = useUrge(ref, { enabled: canAsk });
  let pause = known;
  if (!pause && query.data) {
    pause = {
      occurredAt: query.data.urge.occurredAt,
      action: query.data.urge.action,
      anxietyBefore: query.data.urge.anxietyBefore,
      queued: false,
      crisis: query.data.crisis,
      timer: pauseStore.savedTimer(ref),
      followUp: null,
    };
  }

  if (!pause && canAsk && !query.isError) {
    return (
      <Page title={t('pause.title')}>
        <Loading />
      </Page>
    );
  }
  if (!pause) {
    return (
      <Page title={t('pause.title')} lead={t('pause.missing')}>
        <div className="actions">
          <Link to="/urge" className="button button-primary">
            {t('pause.logAnother')}
          </Link>
          <Link to="/tools" className="button button-secondary">
            {t('pause.toolkit')}
          </Link>
        </div>
      </Page>
    );
  }
  return <Pause key={ref} urgeRef={ref} initial={pause} region={user.region} />;
}

function Pause({ urgeRef, initial, region }: { urgeRef: string; initial: PauseState; region: string }) {
  const { t } = useTranslation(['urges', 'common']);
  const [pause, setPauseState] = useState(() => {
    // Rebuilt from the server: kept from now on, so the pause goes on where it was.
    if (!pauseStore.get(urgeRef)) pauseStore.set(urgeRef, initial);
    return initial;
  });
  const [note, setNote] = useState<string | null>(null);
  const passedId = useId();
  const partner = usePartnerName();
  const updateUrge = useUpdateUrge();
  // Its own mutation, so "Parking…" belongs to the park button alone.
  const parkUrge = useUpdateUrge();
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

  // Unset until moved: the anxiety at the urge is not an answer about now.
  const form = useSteadyForm({
    schema: FollowUpAnswer,
    defaultValues: { anxiety: null as number | null, passed: null as Passed | null },
    toBody: (values) => ({ minutesAfter: minutesSince(pause.occurredAt), anxiety: values.anxiety, passed: values.passed }),
    fieldMessages: { anxiety: t('pause.rateNow'), passed: t('pause.choosePassed') },
    // One sentence, for the first thing missing, as the question has always said it.
    invalidMessage: (errors) => errors.anxiety ?? errors.passed ?? CHECK_AGAIN,
    keptMessage: t('pause.answerKept'),
    onSubmit: async ({ minutesAfter, anxiety, passed }) => {
      const res = await addFollowUp.mutateAsync({ ref: urgeRef, body: { minutesAfter, anxiety } });
      setPause({ followUp: { minutesAfter, anxiety, passed } });
      setNote(res.queued ? t('pause.savedDevice') : null);
    },
  });

  function startTimer(minutes: number) {
    const startedAt = Date.now();
    setNote(null);
    form.reset({ anxiety: null, passed: null });
    form.setNotice(null);
    setPause({ timer: { minutes, startedAt, endsAt: startedAt + minutes * 60_000 }, followUp: null });
    // "I'm waiting" now has a length; anything else keeps what the person chose.
    if (pause.action === 'delayed') void updateUrge.mutateAsync({ ref: urgeRef, body: { delayMinutes: minutes } }).catch(() => undefined);
  }

  function endEarly() {
    if (pause.timer) setPause({ timer: { ...pause.timer, endsAt: Date.now(), early: true } });
  }

  async function park() {
    if (parkUrge.isPending) return;
    try {
      const res = await parkUrge.mutateAsync({ ref: urgeRef, body: { action: 'parked' } });
      const topic = res.queued ? undefined : res.data.parkedTopic;
      setPause({ action: 'parked', ...(topic && { topic }) });
      setNote(res.queued ? t('pause.parkQueued') : topic?.place === 'reflection' ? t('pause.parkedReflection') : t('pause.parkedCheckIn'));
    } catch (err) {
      setNote(failedText(err, t('pause.parkFailed')));
    }
  }

  const toolLink = (path: string) => `${path}?urge=${encodeURIComponent(urgeRef)}`;
  const remaining = pause.timer ? (pause.timer.endsAt - now) / 1000 : 0;
  const total = pause.timer ? pause.timer.minutes * 60 : 1;

  const options = (
    <div className="pause-options">
      <section className="card pause-option" aria-labelledby="wait-heading">
        <h2 id="wait-heading">{phase === 'after' ? t('pause.moreMinutes') : t('pause.waitOut')}</h2>
        <p>{t('pause.timerText')}</p>
        {phase === 'choose' ? <LadderOffer onTake={startTimer} /> : null}
        <div className="actions">
          {DELAYS.map((m) => (
            <Button key={m} variant="secondary" onClick={() => startTimer(m)}>
              {t('pause.minutes', { minutes: m })}
            </Button>
          ))}
        </div>
      </section>
      <section className="card pause-option" aria-labelledby="soothe-heading">
        <h2 id="soothe-heading">{t('pause.sootheHeading')}</h2>
        <p>{t('pause.sootheText')}</p>
        <ul className="link-list">
          <li>
            <Link to={toolLink('/tools/breathing')}>{t('pause.breathing')}</Link>
          </li>
          <li>
            <Link to={toolLink('/tools/grounding')}>{t('pause.grounding')}</Link>
          </li>
          <li>
            <Link to={toolLink('/tools/muscles')}>{t('pause.muscles')}</Link>
          </li>
          <li>
            <Link to={toolLink('/tools')}>{t('pause.allTools')}</Link>
          </li>
        </ul>
      </section>
      {pause.action !== 'parked' ? (
        <section className="card pause-option" aria-labelledby="park-heading">
          <h2 id="park-heading">{parkChoice(partner, t).label}</h2>
          <p>
            {partner === null
              ? t('pause.parkAlone')
              : partner === undefined
                ? t('pause.parkUnknown')
                : t('pause.parkPartner', { name: partner })}
          </p>
          <Button variant="secondary" busy={parkUrge.isPending} busyLabel={t('pause.parking')} onClick={() => void park()}>
            {t('pause.parkIt')}
          </Button>
        </section>
      ) : null}
      <p>
        <Link to="/home">{t('pause.okay')}</Link>
      </p>
    </div>
  );

  return (
    <Page title={t('pause.title')} heading={t('pause.title')} className="pause">
      <p className="notice" role="status">
        {pause.queued ? t('pause.savedDevice') : t('pause.saved')}
      </p>
      {pause.crisis ? <CrisisPanel region={region} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {note ?? (phase === 'ask' ? t('pause.timeUpLive') : '')}
      </p>
      {note ? <p className="notice">{note}</p> : null}
      {pause.action === 'parked' && pause.topic ? (
        <ParkedTopicCard topic={pause.topic} partner={partner} onChange={(topic) => setPause({ topic })} />
      ) : null}
      {pause.action === 'plan' ? <PlanLinks /> : null}

      {phase === 'choose' ? (
        <>
          <p className="page-lead">{t(`pause.leads.${pause.action}`)}</p>
          <p>{t('pause.offer')}</p>
          {options}
        </>
      ) : null}

      {phase === 'timer' && pause.timer ? (
        <section className="card timer-card" aria-labelledby="timer-heading">
          <h2 id="timer-heading">{t('pause.waiting')}</h2>
          <TimerRing remaining={remaining} total={total} />
          <p>{t('pause.timerLead')}</p>
          <div className="actions actions-center">
            <Button variant="secondary" onClick={endEarly}>
              {t('pause.ready')}
            </Button>
          </div>
        </section>
      ) : null}

      {phase === 'ask' ? (
        <section className="card ask-card" aria-labelledby="ask-heading">
          <h2 id="ask-heading">{pause.timer?.early ? t('pause.checkingIn') : t('pause.timeUp')}</h2>
          {pause.timer?.early ? <p>{t('pause.ladder.early')}</p> : null}
          <FormShell form={form} className="form">
            <RatingField
              label={t('pause.anxiousNow')}
              name="anxiety"
              value={form.values.anxiety}
              onChange={(anxiety) => form.set({ anxiety })}
              low={t('ratings.calm')}
              high={t('ratings.overwhelming')}
            />
            <fieldset className="field">
              <legend className="field-label">{t('pause.passed')}</legend>
              <div className="choice-row">
                {PASSED.map((value) => (
                  <label key={value} className="choice">
                    <input
                      id={`${passedId}-${value}`}
                      type="radio"
                      name="passed"
                      value={value}
                      checked={form.values.passed === value}
                      onChange={() => form.set({ passed: value })}
                    />
                    <span>{t(PASSED_KEYS[value])}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <FormMessage message={form.notice?.text ?? null} tone="error" />
            <div className="actions">
              <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:saving')}>
                {t('pause.saveFeel')}
              </Button>
              <Button variant="quiet" onClick={() => setPause({ timer: null })}>
                {t('pause.skip')}
              </Button>
            </div>
          </FormShell>
        </section>
      ) : null}

      {phase === 'after' && pause.followUp ? (
        <>
          <section className="card after-card" aria-labelledby="after-heading">
            <h2 id="after-heading">{t(`pause.after.${pause.followUp.passed}`)}</h2>
            <p>
              {pause.anxietyBefore === null
                ? t('pause.anxietyThen', { after: pause.followUp.anxiety, later: laterPhrase(pause.followUp.minutesAfter, t) })
                : t('pause.anxietyBoth', {
                    before: pause.anxietyBefore,
                    after: pause.followUp.anxiety,
                    later: laterPhrase(pause.followUp.minutesAfter, t),
                  })}{' '}
              {t('pause.overTime')}
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
  const { t } = useTranslation('urges');
  const plans = useMyPlans(useUser().id);
  if (!plans.own && !plans.jointWith) return null;
  return (
    <ul className="plan-links">
      {plans.own ? (
        <li>
          <Link to="/sos#safety-plan">{t('pause.ownPlan')}</Link>
        </li>
      ) : null}
      {plans.jointWith ? (
        <li>
          <Link to="/sos#stress-plan">{t('pause.jointPlan', { name: plans.jointWith })}</Link>
        </li>
      ) : null}
    </ul>
  );
}
