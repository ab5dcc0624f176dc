import { useEffect, useState, type FormEvent } from 'react';
import { ProposeStressPlanBody, type StressPlanResponse, type StressPlanStep } from '../../../contracts/stress-plan.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { PairScreen } from '../together/NotLinked.js';
import type { Pair } from '../../../contracts/pair.js';
import { useAcceptStressPlan, useProposeStressPlan, useStressPlan } from './queries.js';
import { PlanSteps } from './PlanSteps.js';
import { keepAgreedPlan } from './deviceCopy.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

const TITLE = 'Our stress plan';
const EMPTY_STEP: StressPlanStep = { notice: '', will: '', help: '' };

type Data = StressPlanResponse & { pair: Pair };

export function StressPlanPage() {
  const query = useStressPlan();
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['stressplan.proposed', 'stressplan.accepted', 'pair.linked', 'pair.ended']);
  return <PairScreen title={TITLE} load={loaded(query)} retry={() => void query.refetch()} ready={(d) => <Plan data={d} />} />;
}

function Plan({ data }: { data: Data }) {
  const user = useUser();
  const partner = data.pair.partner.displayName;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { pending, current } = data;
  const acceptPlan = useAcceptStressPlan();
  // What SOS shows with no connection follows what this screen just read.
  useEffect(() => {
    void keepAgreedPlan(user.id, partner, current);
  }, [user.id, partner, current]);

  async function accept(version: number) {
    setBusy(true);
    try {
      await acceptPlan(version);
      setMessage('Accepted. It is on both your SOS screens now.');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title={TITLE}
      lead="Steps you agree on a calm day, for the moments when stress spikes. Once both of you accept it, it sits on the SOS screen."
      className="stress-plan"
    >
      <FormMessage message={message} />
      <section className="card" aria-labelledby="current-heading">
        <h2 id="current-heading">In use</h2>
        {data.current ? (
          <>
            <PlanSteps steps={data.current.steps} />
            <p className="muted">
              Version {data.current.version}, agreed {formatShortDateTime(data.current.acceptedAt!, user.timeZone)}.
            </p>
          </>
        ) : (
          <p>No plan agreed yet. Write the first steps below, and {partner} can accept them.</p>
        )}
      </section>
      {pending ? (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">{pending.proposedBy === user.id ? `Waiting for ${partner}` : `${partner} proposes`}</h2>
          <PlanSteps steps={pending.steps} />
          {pending.proposedBy === user.id ? (
            <p className="muted">{partner} can accept it from here.</p>
          ) : (
            <div className="actions">
              <Button variant="primary" busy={busy} busyLabel="Accepting…" onClick={() => void accept(pending.version)}>
                Accept this plan
              </Button>
            </div>
          )}
        </section>
      ) : null}
      <Propose key={data.history[0]?.version ?? 0} start={(pending ?? data.current)?.steps ?? [EMPTY_STEP]} onDone={setMessage} />
      {data.history.length ? (
        <details className="card">
          <summary>Earlier versions ({data.history.length})</summary>
          <ol className="plan-history">
            {data.history.map((v) => (
              <li key={v.version}>
                Version {v.version}: {v.status === 'accepted' ? 'agreed' : v.status === 'proposed' ? 'waiting' : 'replaced'},{' '}
                {v.proposedBy === user.id ? 'proposed by you' : `proposed by ${partner}`} on{' '}
                {formatShortDateTime(v.proposedAt, user.timeZone)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </Page>
  );
}

function Propose({ start, onDone }: { start: StressPlanStep[]; onDone: (m: string) => void }) {
  const user = useUser();
  const [steps, setSteps] = useState<StressPlanStep[]>(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const proposePlan = useProposeStressPlan();

  const edit = (i: number, patch: Partial<StressPlanStep>) => setSteps((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  async function propose(e: FormEvent) {
    e.preventDefault();
    const v = validate(ProposeStressPlanBody, { steps });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) {
      setMessage('Each step needs what you notice and what you will do.');
      return;
    }
    setBusy(true);
    try {
      const res = await proposePlan(v.data);
      setCrisis(res.safety.crisis);
      onDone('Proposed. Your partner can accept it.');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Write a version together</h2>
      <form onSubmit={(e) => void propose(e)} noValidate className="form">
        {steps.map((s, i) => (
          <fieldset key={i} className="plan-edit-step">
            <legend>Step {i + 1}</legend>
            <TextField label="If I notice…" name={`notice-${i}`} value={s.notice} onChange={(e) => edit(i, { notice: e.target.value })} />
            <TextField label="I will…" name={`will-${i}`} value={s.will} onChange={(e) => edit(i, { will: e.target.value })} />
            <TextField
              label="You can help by…"
              optional
              name={`help-${i}`}
              value={s.help}
              onChange={(e) => edit(i, { help: e.target.value })}
            />
            {steps.length > 1 ? (
              <Button variant="quiet" onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}>
                Remove step {i + 1}
              </Button>
            ) : null}
          </fieldset>
        ))}
        {errors.steps ? <p className="field-error">{errors.steps}</p> : null}
        <div className="actions">
          {steps.length < 12 ? <Button onClick={() => setSteps((all) => [...all, EMPTY_STEP])}>Add a step</Button> : null}
          <Button type="submit" variant="primary" busy={busy} busyLabel="Proposing…">
            Propose this plan
          </Button>
        </div>
        <FormMessage message={message} tone="error" />
      </form>
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </section>
  );
}
