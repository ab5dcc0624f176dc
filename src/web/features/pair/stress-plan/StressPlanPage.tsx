import { useState } from 'react';
import type { FieldError } from 'react-hook-form';
import {
  AcceptStressPlanBody,
  ProposeStressPlanBody,
  type StressPlanResponse,
  type StressPlanStep,
} from '../../../../contracts/pair/stress-plan.js';
import type { Pair } from '../../../../contracts/pair/pair.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisSupport } from '../../../components/CrisisAwareTextField.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';
import { loaded } from '../../../query/loaded.js';
import { PairScreen } from '../together/NotLinked.js';
import { useAcceptStressPlan, useProposeStressPlan, useStressPlan } from './queries.js';
import { PlanSteps } from './PlanSteps.js';
import { useAgreedStressPlan } from './useAgreedStressPlan.js';

const EMPTY_STEP: StressPlanStep = { notice: '', will: '', help: '' };
const MAX_STEPS = 12;

type Data = StressPlanResponse & { pair: Pair };

export function StressPlanPage() {
  const { t } = useTranslation('stressPlan');
  const query = useStressPlan();
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['stressplan.proposed', 'stressplan.accepted', 'pair.linked', 'pair.ended']);
  return <PairScreen title={t('title')} load={loaded(query)} retry={() => void query.refetch()} ready={(d) => <Plan data={d} />} />;
}

function Plan({ data }: { data: Data }) {
  const { t } = useTranslation('stressPlan');
  const user = useUser();
  const partner = data.pair.partner.displayName;
  const [message, setMessage] = useState<string | null>(null);
  // The server's verdict on the proposed words, kept here: the form starts afresh once the new version is in.
  const [flagged, setFlagged] = useState(false);
  const { pending, current } = data;
  // What SOS shows with no connection follows what this screen just read (the hook keeps the device copy).
  useAgreedStressPlan(user.id);

  return (
    <Page title={t('title')} lead={t('lead')} className="stress-plan">
      <FormMessage message={message} />
      <section className="card" aria-labelledby="current-heading">
        <h2 id="current-heading">{t('inUse')}</h2>
        {current ? (
          <>
            <PlanSteps steps={current.steps} />
            <p className="muted">
              {t('agreed', { version: current.version, date: formatShortDateTime(current.acceptedAt!, user.timeZone) })}
            </p>
          </>
        ) : (
          <p>{t('none', { partner })}</p>
        )}
      </section>
      {pending ? (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">{pending.proposedBy === user.id ? t('waitingFor', { partner }) : t('partnerProposes', { partner })}</h2>
          <PlanSteps steps={pending.steps} />
          {pending.proposedBy === user.id ? (
            <p className="muted">{t('partnerCanAccept', { partner })}</p>
          ) : (
            <Accept version={pending.version} onDone={setMessage} />
          )}
        </section>
      ) : null}
      <Propose
        key={data.history[0]?.version ?? 0}
        start={(pending ?? current)?.steps ?? [EMPTY_STEP]}
        flagged={flagged}
        onDone={(crisis) => {
          setFlagged(crisis);
          setMessage(t('proposed'));
        }}
      />
      {data.history.length ? (
        <details className="card">
          <summary>{t('earlier', { count: data.history.length })}</summary>
          <ol className="plan-history">
            {data.history.map((v) => (
              <li key={v.version}>
                {t('historyLine', {
                  version: v.version,
                  status: v.status,
                  byYou: v.proposedBy === user.id ? 'yes' : 'no',
                  partner,
                  date: formatShortDateTime(v.proposedAt, user.timeZone),
                })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </Page>
  );
}

/** Accepting is a form of one button: the hook keeps it from being sent twice and says what went wrong. */
function Accept({ version, onDone }: { version: number; onDone: (message: string) => void }) {
  const { t } = useTranslation('stressPlan');
  const acceptPlan = useAcceptStressPlan();
  const form = useSteadyForm({
    schema: AcceptStressPlanBody,
    defaultValues: { version },
    invalidMessage: null,
    onSubmit: async (body) => {
      await acceptPlan(body.version);
      onDone(t('accepted'));
    },
  });
  return (
    <FormShell form={form}>
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('accepting')}>
          {t('accept')}
        </Button>
      </div>
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'error'} />
    </FormShell>
  );
}

type StepErrors = Partial<Record<keyof StressPlanStep, FieldError>>;

function Propose({ start, flagged, onDone }: { start: StressPlanStep[]; flagged: boolean; onDone: (crisis: boolean) => void }) {
  const { t } = useTranslation('stressPlan');
  const user = useUser();
  const proposePlan = useProposeStressPlan();
  const form = useSteadyForm({
    schema: ProposeStressPlanBody,
    defaultValues: { steps: start },
    invalidMessage: t('propose.invalid'),
    keptMessage: t('propose.kept'),
    onSubmit: async (body) => {
      const res = await proposePlan(body);
      onDone(res.safety.crisis);
    },
  });
  const steps = form.values.steps;
  const setSteps = (next: StressPlanStep[]) => form.set({ steps: next });
  const edit = (i: number, patch: Partial<StressPlanStep>) => setSteps(steps.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  // Each box shows its own message, in the person's language: the schema's are the server's English.
  const stepErrors = (form.form.formState.errors.steps ?? []) as StepErrors[];
  const say = (error: FieldError | undefined, needed: string) =>
    error ? (error.type === 'too_big' ? t('propose.tooLong') : needed) : undefined;

  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t('propose.heading')}</h2>
      <FormShell form={form} className="form">
        {steps.map((s, i) => (
          <fieldset key={i} className="plan-edit-step">
            <legend>{t('propose.step', { n: i + 1 })}</legend>
            <TextField
              label={t('propose.notice')}
              name={`notice-${i}`}
              value={s.notice}
              error={say(stepErrors[i]?.notice, t('propose.noticeNeeded'))}
              onChange={(e) => edit(i, { notice: e.target.value })}
            />
            <TextField
              label={t('propose.will')}
              name={`will-${i}`}
              value={s.will}
              error={say(stepErrors[i]?.will, t('propose.willNeeded'))}
              onChange={(e) => edit(i, { will: e.target.value })}
            />
            <TextField
              label={t('propose.help')}
              optional
              name={`help-${i}`}
              value={s.help}
              error={say(stepErrors[i]?.help, '')}
              onChange={(e) => edit(i, { help: e.target.value })}
            />
            {steps.length > 1 ? (
              <Button variant="quiet" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                {t('propose.remove', { n: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <div className="actions">
          {steps.length < MAX_STEPS ? <Button onClick={() => setSteps([...steps, EMPTY_STEP])}>{t('propose.add')}</Button> : null}
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('propose.busy')}>
            {t('propose.submit')}
          </Button>
        </div>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'error'} />
      </FormShell>
      {/* The steps are the pair's own words: support shows as soon as they need it, and after the server saw something. */}
      <CrisisSupport
        text={steps.map((s) => `${s.notice}\n${s.will}\n${s.help}`).join('\n')}
        region={user.region}
        where="writing"
        flagged={flagged}
      />
    </section>
  );
}
