import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PutSafetyPlanBody, SAFETY_PLAN_ITEMS_MAX, type SafetyPlanSteps } from '../../../contracts/safety-plan.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { deletePlan, hasPlan, savePlan, stepsOnly, usePlanState, visibleSteps, type SaveOutcome } from './planSync.js';
import { SafetyPlanView } from './SafetyPlanView.js';
import { EMPTY_PLAN, STEPS, type ListStep, type StepWords } from './steps.js';

const TITLE = 'My safety plan';

const SAVED: Record<SaveOutcome, string> = {
  saved: 'Saved. Only you can see it, and it is on your SOS screen too.',
  device: 'Saved on this device. It will be sent when you are back online, and it is on your SOS screen meanwhile.',
  newer: 'A newer version of your plan, edited on another device, was already saved. That one is kept and shown here.',
};

export function SafetyPlanPage() {
  const user = useUser();
  const { ready, copy } = usePlanState();
  const steps = visibleSteps(copy?.userId === user.id ? copy : null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const exists = hasPlan(copy?.userId === user.id ? copy : null);

  if (!ready) return <Loading label="Opening your plan…" />;

  return (
    <Page
      title={TITLE}
      lead="A short plan, written on a calmer day, for the moments when things get very hard. It is yours alone: nobody else can see it, not even a partner."
      className="safety-plan"
    >
      <FormMessage message={message} tone="success" />
      {exists && steps && !editing ? (
        <section className="card safety-plan-card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">When things get hard, I can…</h2>
          <SafetyPlanView steps={steps} linesRegion={user.region} />
          <div className="actions no-print">
            <Button variant="primary" onClick={() => setEditing(true)}>
              Change my plan
            </Button>
            <Button onClick={() => window.print()}>Print my plan</Button>
          </div>
          {copy?.edit ? <p className="muted no-print">Saved on this device; it will be sent when you are back online.</p> : null}
        </section>
      ) : (
        <PlanForm
          start={steps ? stepsOnly(steps) : EMPTY_PLAN}
          fresh={!exists}
          onCancel={exists ? () => setEditing(false) : undefined}
          onSaved={(m) => {
            setMessage(m);
            setEditing(false);
          }}
        />
      )}
      {exists && !editing ? <DeletePlan onDeleted={() => setMessage('Your plan is deleted.')} /> : null}
      <p className="no-print">
        Need help right now? <Link to="/sos">Open SOS</Link>: your plan is there too, with the support lines and a grounding exercise.
      </p>
    </Page>
  );
}

/** Every step starts with one empty row to write in, so nobody has to find an "add" button first. */
function withRows(plan: SafetyPlanSteps): SafetyPlanSteps {
  const rows = { ...plan };
  for (const s of STEPS) {
    if (s.key === 'helpers') rows.helpers = plan.helpers.length ? plan.helpers : [{ name: '', phone: '' }];
    else if (s.key === 'professionals')
      rows.professionals = plan.professionals.length ? plan.professionals : [{ name: '', phone: '', note: '' }];
    else rows[s.key] = plan[s.key].length ? plan[s.key] : [''];
  }
  return rows;
}

function PlanForm({
  start,
  fresh,
  onCancel,
  onSaved,
}: {
  start: SafetyPlanSteps;
  fresh: boolean;
  onCancel: (() => void) | undefined;
  onSaved: (message: string) => void;
}) {
  const user = useUser();
  const [plan, setPlan] = useState<SafetyPlanSteps>(() => withRows(start));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const v = validate(PutSafetyPlanBody, { ...plan, editedAt: new Date().toISOString() });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) {
      setMessage('Something needs another look; the step is marked below.');
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      onSaved(SAVED[await savePlan(user.id, stepsOnly(v.data))]);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong. Your plan is still on this device.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{fresh ? 'Make your plan' : 'Change your plan'}</h2>
      <p>Fill in what you can; a few lines are plenty, and you can come back to it any time. Empty lines are left out.</p>
      <form onSubmit={(e) => void save(e)} noValidate className="form safety-plan-form">
        {STEPS.map((s, i) => (
          <fieldset key={s.key} className="safety-plan-edit-step">
            <legend>
              {i + 1}. {s.title}
            </legend>
            <p className="field-hint">{s.why}</p>
            {s.key === 'helpers' || s.key === 'professionals' ? (
              <ContactRows step={s} plan={plan} setPlan={setPlan} />
            ) : (
              <LineRows step={s} listKey={s.key} plan={plan} setPlan={setPlan} />
            )}
            {errors[s.key] ? <p className="field-error">{errors[s.key]}</p> : null}
          </fieldset>
        ))}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save my plan
          </Button>
          {onCancel ? <Button onClick={onCancel}>Keep it as it was</Button> : null}
        </div>
        <FormMessage message={message} tone="error" />
      </form>
    </section>
  );
}

type Setter = (update: (p: SafetyPlanSteps) => SafetyPlanSteps) => void;

function LineRows({ step, listKey, plan, setPlan }: { step: StepWords; listKey: ListStep; plan: SafetyPlanSteps; setPlan: Setter }) {
  const lines = plan[listKey];
  const put = (next: string[]) => setPlan((p) => ({ ...p, [listKey]: next }));
  return (
    <>
      {lines.map((line, j) => (
        <div key={j} className="safety-plan-row">
          <TextField
            label={`${step.itemLabel} ${j + 1}`}
            name={`${listKey}-${j}`}
            value={line}
            placeholder={j === 0 ? step.example : undefined}
            maxLength={280}
            onChange={(e) => put(lines.map((x, k) => (k === j ? e.target.value : x)))}
          />
          {lines.length > 1 ? (
            <Button variant="quiet" onClick={() => put(lines.filter((_, k) => k !== j))}>
              Remove<span className="visually-hidden">{` ${step.itemLabel.toLowerCase()} ${j + 1}`}</span>
            </Button>
          ) : null}
        </div>
      ))}
      {lines.length < SAFETY_PLAN_ITEMS_MAX ? (
        <Button variant="quiet" onClick={() => put([...lines, ''])}>
          Add another<span className="visually-hidden">{` to “${step.title}”`}</span>
        </Button>
      ) : null}
    </>
  );
}

function ContactRows({ step, plan, setPlan }: { step: StepWords; plan: SafetyPlanSteps; setPlan: Setter }) {
  const pro = step.key === 'professionals';
  const rows = pro ? plan.professionals : plan.helpers.map((h) => ({ ...h, note: '' }));
  const put = (next: Array<{ name: string; phone: string; note: string }>) =>
    setPlan((p) => (pro ? { ...p, professionals: next } : { ...p, helpers: next.map(({ name, phone }) => ({ name, phone })) }));
  const edit = (j: number, patch: Partial<{ name: string; phone: string; note: string }>) =>
    put(rows.map((r, k) => (k === j ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((r, j) => (
        <div key={j} className="safety-plan-contact-row">
          <TextField
            label={`${step.itemLabel} ${j + 1}: name`}
            name={`${step.key}-${j}-name`}
            value={r.name}
            placeholder={j === 0 ? step.example : undefined}
            maxLength={120}
            onChange={(e) => edit(j, { name: e.target.value })}
          />
          <TextField
            label={`${step.itemLabel} ${j + 1}: phone`}
            optional
            name={`${step.key}-${j}-phone`}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={r.phone}
            placeholder={j === 0 ? 'e.g. 07700 900123' : undefined}
            maxLength={40}
            onChange={(e) => edit(j, { phone: e.target.value })}
          />
          {pro ? (
            <TextField
              label={`${step.itemLabel} ${j + 1}: when or how to reach them`}
              optional
              name={`${step.key}-${j}-note`}
              value={r.note}
              placeholder={j === 0 ? 'e.g. weekday mornings' : undefined}
              maxLength={280}
              onChange={(e) => edit(j, { note: e.target.value })}
            />
          ) : null}
          {rows.length > 1 ? (
            <Button variant="quiet" onClick={() => put(rows.filter((_, k) => k !== j))}>
              Remove<span className="visually-hidden">{` ${step.itemLabel.toLowerCase()} ${j + 1}`}</span>
            </Button>
          ) : null}
        </div>
      ))}
      {rows.length < SAFETY_PLAN_ITEMS_MAX ? (
        <Button variant="quiet" onClick={() => put([...rows, { name: '', phone: '', note: '' }])}>
          Add another<span className="visually-hidden">{` to “${step.title}”`}</span>
        </Button>
      ) : null}
    </>
  );
}

function DeletePlan({ onDeleted }: { onDeleted: () => void }) {
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    setBusy(true);
    try {
      await deletePlan(user.id);
      setOpen(false);
      onDeleted();
    } catch (err) {
      setError(err instanceof ApiError ? err.friendly : 'It could not be deleted just now.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="no-print" aria-label="Delete the plan">
      <Button variant="quiet" onClick={() => setOpen(true)}>
        Delete my plan
      </Button>
      <FormMessage message={error} tone="error" />
      <ConfirmDialog
        open={open}
        title="Delete your safety plan?"
        confirmLabel="Delete it"
        tone="danger"
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void remove()}
      >
        <p>It goes from this device and from Steady. You can write a new one whenever you like.</p>
      </ConfirmDialog>
    </section>
  );
}
