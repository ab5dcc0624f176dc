import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PutSafetyPlanBody, SAFETY_PLAN_ITEMS_MAX, type SafetyPlanSteps } from '../../../../contracts/support/safety-plan.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { Trans, useTranslation } from '../../../i18n/i18n.js';
import { deletePlan, hasPlan, savePlan, stepsOnly, usePlanState, visibleSteps } from './planSync.js';
import { SafetyPlanView } from './SafetyPlanView.js';
import { EMPTY_PLAN, STEPS, type ListStep, type StepKey } from './steps.js';

export function SafetyPlanPage() {
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  const user = useUser();
  const { ready, copy } = usePlanState();
  const steps = visibleSteps(copy?.userId === user.id ? copy : null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const exists = hasPlan(copy?.userId === user.id ? copy : null);

  if (!ready) return <Loading label={t('opening')} />;

  return (
    <Page title={t('title')} lead={t('lead')} className="safety-plan">
      <FormMessage message={message} tone="success" />
      {exists && steps && !editing ? (
        <section className="card safety-plan-card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t('planHeading')}</h2>
          <SafetyPlanView steps={steps} linesRegion={user.region} />
          <div className="actions no-print">
            <Button variant="primary" onClick={() => setEditing(true)}>
              {t('change')}
            </Button>
            <Button onClick={() => window.print()}>{t('print')}</Button>
          </div>
          {copy?.edit ? <p className="muted no-print">{t('waiting')}</p> : null}
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
      {exists && !editing ? <DeletePlan onDeleted={() => setMessage(t('deleted'))} /> : null}
      <p className="no-print">
        <Trans t={t} i18nKey="needHelp" components={{ a: <Link to="/sos" /> }} />
      </p>
    </Page>
  );
}

/** Every step starts with one empty row to write in, so nobody has to find an "add" button first. */
function withRows(plan: SafetyPlanSteps): SafetyPlanSteps {
  const rows = { ...plan };
  for (const key of STEPS) {
    if (key === 'helpers') rows.helpers = plan.helpers.length ? plan.helpers : [{ name: '', phone: '' }];
    else if (key === 'professionals')
      rows.professionals = plan.professionals.length ? plan.professionals : [{ name: '', phone: '', note: '' }];
    else rows[key] = plan[key].length ? plan[key] : [''];
  }
  return rows;
}

type Set = (patch: Partial<SafetyPlanSteps>) => void;

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
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  const user = useUser();
  // The schema marks a line by its step: the step's own words say what to look at, in the person's language.
  const lineError = t('form.lineError');
  const contactError = t('form.contactError');
  const form = useSteadyForm({
    schema: PutSafetyPlanBody,
    defaultValues: withRows(start),
    // The moment of the edit decides between devices (the newer edit wins), so it is taken at saving.
    toBody: (plan) => ({ ...plan, editedAt: new Date().toISOString() }),
    invalidMessage: t('form.checkAgain'),
    fieldMessages: Object.fromEntries(STEPS.map((key) => [key, key === 'helpers' || key === 'professionals' ? contactError : lineError])),
    // The plan was written to this device before it was sent: nothing typed is lost.
    keptMessage: t('form.kept'),
    onSubmit: async (body) => {
      const outcome = await savePlan(user.id, stepsOnly(body));
      onSaved(t(`saved.${outcome}`));
    },
  });
  const { values, errors, set } = form;

  return (
    <section className="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{fresh ? t('form.makeHeading') : t('form.changeHeading')}</h2>
      <p>{t('form.intro')}</p>
      <FormShell form={form} className="form safety-plan-form">
        {STEPS.map((key, i) => (
          <fieldset key={key} className="safety-plan-edit-step">
            <legend>
              {i + 1}. {t(`safety:planSteps.${key}`)}
            </legend>
            <p className="field-hint">{t(`steps.${key}.why`)}</p>
            {key === 'helpers' || key === 'professionals' ? (
              <ContactRows step={key} plan={values} set={set} />
            ) : (
              <LineRows step={key} plan={values} set={set} />
            )}
            {errors[key] ? <p className="field-error">{errors[key]}</p> : null}
          </fieldset>
        ))}
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:saving')}>
            {t('form.save')}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('form.keep')}</Button> : null}
        </div>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'error'} />
      </FormShell>
    </section>
  );
}

/** "Add another" with, for a screen reader, the step it adds to. */
function AddAnother({ step, onAdd }: { step: StepKey; onAdd: () => void }) {
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  return (
    <Button variant="quiet" onClick={onAdd}>
      {t('form.addAnother')}
      <span className="visually-hidden">{t('form.addTo', { step: t(`safety:planSteps.${step}`) })}</span>
    </Button>
  );
}

function RemoveRow({ item, onRemove }: { item: string; onRemove: () => void }) {
  const { t, i18n } = useTranslation(['safetyPlan', 'safety', 'common']);
  return (
    <Button variant="quiet" onClick={onRemove}>
      {t('form.remove')}
      <span className="visually-hidden">{` ${item.toLocaleLowerCase(i18n.language)}`}</span>
    </Button>
  );
}

function LineRows({ step, plan, set }: { step: ListStep; plan: SafetyPlanSteps; set: Set }) {
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  const lines = plan[step];
  const put = (next: string[]) => set({ [step]: next });
  return (
    <>
      {lines.map((line, j) => {
        const item = t(`steps.${step}.item`, { n: j + 1 });
        return (
          <div key={j} className="safety-plan-row">
            <TextField
              label={item}
              name={`${step}-${j}`}
              value={line}
              placeholder={j === 0 ? t(`steps.${step}.example`) : undefined}
              maxLength={280}
              onChange={(e) => put(lines.map((x, k) => (k === j ? e.target.value : x)))}
            />
            {lines.length > 1 ? <RemoveRow item={item} onRemove={() => put(lines.filter((_, k) => k !== j))} /> : null}
          </div>
        );
      })}
      {lines.length < SAFETY_PLAN_ITEMS_MAX ? <AddAnother step={step} onAdd={() => put([...lines, ''])} /> : null}
    </>
  );
}

type Row = { name: string; phone: string; note: string };

function ContactRows({ step, plan, set }: { step: 'helpers' | 'professionals'; plan: SafetyPlanSteps; set: Set }) {
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  const pro = step === 'professionals';
  const rows: Row[] = pro ? plan.professionals : plan.helpers.map((h) => ({ ...h, note: '' }));
  const put = (next: Row[]) => set(pro ? { professionals: next } : { helpers: next.map(({ name, phone }) => ({ name, phone })) });
  const edit = (j: number, patch: Partial<Row>) => put(rows.map((r, k) => (k === j ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((r, j) => {
        const item = t(`steps.${step}.item`, { n: j + 1 });
        return (
          <div key={j} className="safety-plan-contact-row">
            <TextField
              label={t('form.name', { item })}
              name={`${step}-${j}-name`}
              value={r.name}
              placeholder={j === 0 ? t(`steps.${step}.example`) : undefined}
              maxLength={120}
              onChange={(e) => edit(j, { name: e.target.value })}
            />
            <TextField
              label={t('form.phone', { item })}
              optional
              name={`${step}-${j}-phone`}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              value={r.phone}
              placeholder={j === 0 ? t('form.phoneExample') : undefined}
              maxLength={40}
              onChange={(e) => edit(j, { phone: e.target.value })}
            />
            {pro ? (
              <TextField
                label={t('form.note', { item })}
                optional
                name={`${step}-${j}-note`}
                value={r.note}
                placeholder={j === 0 ? t('form.noteExample') : undefined}
                maxLength={280}
                onChange={(e) => edit(j, { note: e.target.value })}
              />
            ) : null}
            {rows.length > 1 ? <RemoveRow item={item} onRemove={() => put(rows.filter((_, k) => k !== j))} /> : null}
          </div>
        );
      })}
      {rows.length < SAFETY_PLAN_ITEMS_MAX ? (
        <AddAnother step={step} onAdd={() => put([...rows, { name: '', phone: '', note: '' }])} />
      ) : null}
    </>
  );
}

function DeletePlan({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation(['safetyPlan', 'safety', 'common']);
  const user = useUser();
  const [open, setOpen] = useState(false);
  // The device copy goes with the server's: planSync does both, so this is a mutation of its own, not of a query.
  const removal = useMutation({
    mutationFn: () => deletePlan(user.id),
    onSuccess: () => {
      setOpen(false);
      onDeleted();
    },
    onError: () => setOpen(false),
  });
  return (
    <section className="no-print" aria-label={t('delete.label')}>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t('delete.button')}
      </Button>
      <FormMessage message={removal.isError ? t('delete.failed') : null} tone="error" />
      <ConfirmDialog
        open={open}
        title={t('delete.title')}
        confirmLabel={t('delete.confirm')}
        tone="danger"
        busy={removal.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => removal.mutate()}
      >
        <p>{t('delete.text')}</p>
      </ConfirmDialog>
    </section>
  );
}
