import { useUser } from '../../auth/session.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { CreateSupportResourceBody, RESOURCE_KINDS, type SupportResource, type SmallStep } from '../../../contracts/support/support.js';
import { SUMMARY_SECTIONS, SummaryQuery } from '../../../contracts/support/summary.js';
import { query } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SelectField, TextField } from '../../components/Field.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';
import { loaded } from '../../query/loaded.js';
import { useCreateResource, useRemoveResource, useSupportResources, useSupportSignals, useUpdateResource } from './queries.js';
import { currentLocale, Trans, useTranslation } from '../../i18n/i18n.js';
import type { Locale } from '../../../contracts/locale.js';

export function SupportPage() {
  const { t } = useTranslation(['support', 'common']);
  return (
    <Page title={t('title')} lead={t('lead')} className="support">
      <Signals />
      <QuickLinks
        label={t('questionnaires.label')}
        places={[{ to: '/questionnaires', title: t('questionnaires.title'), text: t('questionnaires.text') }]}
      />
      <Guide />
      <Resources />
      <Summary />
    </Page>
  );
}

function Signals() {
  const { t } = useTranslation(['support', 'common']);
  const user = useUser();
  const query = useSupportSignals();
  const load = loaded(query);
  if (load.status === 'loading') return <Loading />;
  if (load.status !== 'ready')
    return (
      <>
        <p className="notice notice-error">{load.status === 'error' ? load.message : t('common:somethingWentWrong')}</p>
        <Button onClick={() => void query.refetch()}>{t('common:tryAgain')}</Button>
      </>
    );
  const { suggestSupport, reasons, smallStep } = load.data;
  return suggestSupport ? (
    <section className="card support-signal" aria-labelledby="signal-heading">
      <h2 id="signal-heading">{t('signals.heading')}</h2>
      <p>{t('signals.lead')}</p>
      <ul>
        {reasons.map((r) => (
          <li key={r.code}>{t(`signals.reasons.${r.code}`, { figure: r.figure ?? 0 })}</li>
        ))}
      </ul>
      {reasons.some((r) => r.code === 'self-harm-thoughts') ? <CrisisPanel region={user.region} where="answers" /> : null}
      {smallStep ? <SmallStepNote step={smallStep} /> : null}
      <p>{t('signals.noWait')}</p>
    </section>
  ) : (
    <section className="card support-signal support-signal-calm" aria-labelledby="signal-heading">
      <h2 id="signal-heading">{t('signals.calmHeading')}</h2>
      <p>{t('signals.calm')}</p>
    </section>
  );
}

/** With feeling alone and a thin map: one person to contact, or one to add; never more than one. */
function SmallStepNote({ step }: { step: SmallStep }) {
  const { t } = useTranslation('support');
  return (
    <div className="small-step">
      <h3>{t('signals.smallStep.heading')}</h3>
      {step.kind === 'reach-out' ? (
        <p>
          {t('signals.smallStep.reachOut', { name: step.name })}{' '}
          <Link to={`/people/${step.personId}`}>{t('signals.smallStep.reachOutLink', { name: step.name })}</Link>
        </p>
      ) : (
        <p>
          {t('signals.smallStep.addSomeone')} <Link to="/people/new">{t('signals.smallStep.addSomeoneLink')}</Link>
        </p>
      )}
    </div>
  );
}

const QUALITIES = ['attuned', 'consistent', 'pace', 'attachment', 'trauma'] as const;
const THERAPIES = ['eft', 'attachment', 'couples', 'individual', 'cbt'] as const;
const QUESTIONS = ['experience', 'how', 'often', 'cost', 'between'] as const;
const LOW_COST = ['community', 'university', 'group', 'tele'] as const;

function Guide() {
  const { t } = useTranslation(['support', 'common']);
  const strong = { strong: <strong /> };
  return (
    <section aria-labelledby="guide-heading" className="support-guide">
      <h2 id="guide-heading">{t('guide.heading')}</h2>
      <h3>{t('guide.lookFor')}</h3>
      <ul>
        {QUALITIES.map((q) => (
          <li key={q}>
            <Trans t={t} i18nKey={`guide.qualities.${q}`} components={strong} />
          </li>
        ))}
      </ul>
      <h3>{t('guide.kindsHeading')}</h3>
      <dl className="therapy-kinds">
        {THERAPIES.map((k) => (
          <Fragment key={k}>
            <dt>{t(`guide.kinds.${k}.name`)}</dt>
            <dd>{t(`guide.kinds.${k}.text`)}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>{t('guide.questionsHeading')}</h3>
      <ul>
        {QUESTIONS.map((q) => (
          <li key={q}>{t(`guide.questions.${q}`)}</li>
        ))}
      </ul>
      <h3>{t('guide.lowCostHeading')}</h3>
      <ul>
        {LOW_COST.map((r) => (
          <li key={r}>
            <Trans t={t} i18nKey={`guide.lowCost.${r}`} components={strong} />
          </li>
        ))}
      </ul>
      <p className="muted">
        <Trans t={t} i18nKey="guide.urgent" components={{ a: <Link to="/sos" /> }} />
      </p>
    </section>
  );
}

type Draft = { name: string; kind: (typeof RESOURCE_KINDS)[number]; contact: string; cost: string; notes: string };
const EMPTY: Draft = { name: '', kind: 'therapist', contact: '', cost: '', notes: '' };
const orNull = (s: string) => (s.trim() ? s : null);

function Resources() {
  const { t } = useTranslation(['support', 'common']);
  const query = useSupportResources();
  const load = loaded(query);
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading">{t('resources.heading')}</h2>
      <p className="muted">{t('resources.lead')}</p>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : t('common:somethingWentWrong')}</p>
          <Button onClick={() => void query.refetch()}>{t('common:tryAgain')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? (
        <>
          {load.data.items.length === 0 ? <p>{t('resources.empty')}</p> : null}
          <ul className="resource-list">
            {load.data.items.map((r) => (
              <ResourceItem key={r.id} resource={r} />
            ))}
          </ul>
        </>
      ) : null}
      <div className="card">
        <h3>{t('resources.addHeading')}</h3>
        <ResourceForm initial={EMPTY} submitLabel={t('resources.add')} />
      </div>
    </section>
  );
}

function ResourceForm({
  initial,
  id,
  submitLabel,
  onSaved,
  onCancel,
}: {
  initial: Draft;
  id?: string;
  submitLabel: string;
  /** Editing closes the form once saved; the list follows by itself (its key is marked stale). */
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['support', 'common']);
  const user = useUser();
  const createResource = useCreateResource();
  const updateResource = useUpdateResource();
  const tooLong = t('resources.tooLong');
  const form = useSteadyForm({
    schema: CreateSupportResourceBody,
    defaultValues: initial,
    toBody: (d) => ({ name: d.name, kind: d.kind, contact: orNull(d.contact), cost: orNull(d.cost), notes: orNull(d.notes) }),
    invalidMessage: null,
    // The schema's words are the server's English; the person reads their own language.
    fieldMessages: (d) => ({ name: d.name.trim() ? tooLong : t('resources.nameNeeded'), contact: tooLong, cost: tooLong, notes: tooLong }),
    onSubmit: async (body) => {
      if (id) await updateResource(id, body);
      else await createResource(body);
      if (!id) form.reset(EMPTY);
      form.setNotice({ text: id ? t('resources.saved') : t('resources.added', { name: body.name }), tone: 'info' });
      onSaved?.();
    },
  });
  const { values, errors, set } = form;

  return (
    <FormShell form={form} className="form">
      <TextField
        label={t('resources.name')}
        name="name"
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errors.name}
        maxLength={120}
      />
      <SelectField
        label={t('resources.kind')}
        name="kind"
        value={values.kind}
        onChange={(e) => set({ kind: e.target.value as Draft['kind'] })}
        error={errors.kind}
      >
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('resources.contact')}
        name="contact"
        hint={t('resources.contactHint')}
        optional
        value={values.contact}
        onChange={(e) => set({ contact: e.target.value })}
        error={errors.contact}
      />
      <TextField
        label={t('resources.cost')}
        name="cost"
        hint={t('resources.costHint')}
        optional
        value={values.cost}
        onChange={(e) => set({ cost: e.target.value })}
        error={errors.cost}
      />
      <CrisisAwareTextField
        label={t('resources.notes')}
        name="notes"
        optional
        value={values.notes}
        onChange={(e) => set({ notes: e.target.value })}
        error={errors.notes}
        rows={3}
        region={user.region}
        where="writing"
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:saving')}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        ) : null}
      </div>
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
    </FormShell>
  );
}

function ResourceItem({ resource }: { resource: SupportResource }) {
  const { t } = useTranslation(['support', 'common']);
  const removal = useRemoveResource();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (editing)
    return (
      <li className="card resource">
        <ResourceForm
          id={resource.id}
          initial={{
            name: resource.name,
            kind: resource.kind,
            contact: resource.contact ?? '',
            cost: resource.cost ?? '',
            notes: resource.notes ?? '',
          }}
          submitLabel={t('resources.saveChanges')}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className="card resource">
      <h3 className="resource-name">{resource.name}</h3>
      <p className="muted">{t(`kinds.${resource.kind}`)}</p>
      {resource.contact ? <p>{t('resources.contactIs', { contact: resource.contact })}</p> : null}
      {resource.cost ? <p>{t('resources.costIs', { cost: resource.cost })}</p> : null}
      {resource.notes ? <p className="resource-notes">{resource.notes}</p> : null}
      <div className="actions">
        <Button variant="quiet" onClick={() => setEditing(true)}>
          {t('resources.edit')}
          <span className="visually-hidden"> {resource.name}</span>
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {t('resources.remove')}
          <span className="visually-hidden"> {resource.name}</span>…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('resources.removeTitle', { name: resource.name })}
        confirmLabel={t('resources.removeConfirm')}
        cancelLabel={t('resources.keep')}
        tone="danger"
        busy={removal.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => removal.mutate(resource.id, { onError: () => setConfirming(false) })}
      >
        <p>{t('resources.removeText')}</p>
      </ConfirmDialog>
      <FormMessage message={removal.isError ? t('resources.removeFailed') : null} tone="error" />
    </li>
  );
}

function dayStart(date: string): string | undefined {
  return date ? new Date(`${date}T00:00:00`).toISOString() : undefined;
}
function dayAfter(date: string): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The URL of the printable summary for these choices (the API serves it, with the session cookie). */
export function summaryUrl(from: string | undefined, to: string | undefined, sections: readonly string[], locale: Locale): string {
  return `/api/v1/summary${query({ from, to, sections: sections.join(','), locale })}`;
}

function Summary() {
  const { t } = useTranslation(['support', 'common']);
  const form = useSteadyForm({
    schema: SummaryQuery,
    // Nothing is chosen for you: what goes to an appointment is yours to pick.
    defaultValues: { from: '', to: '', sections: [] as string[] },
    toBody: (v) => ({
      from: dayStart(v.from),
      to: dayAfter(v.to),
      sections: SUMMARY_SECTIONS.filter((s) => v.sections.includes(s)).join(','),
    }),
    invalidMessage: null,
    fieldMessages: { sections: t('summary.chooseOne') },
    onSubmit: (body): Promise<void> => {
      // The query cannot know which date is which; the page can (both are whole days here).
      if (body.from && body.to && body.from >= body.to) {
        form.showErrors({ to: t('summary.endBeforeStart') }, '');
        return Promise.resolve();
      }
      const url = summaryUrl(body.from, body.to, body.sections, currentLocale());
      // A new tab keeps this page open; if the browser blocks it, open it here.
      if (!window.open(url, '_blank')) window.location.assign(url);
      return Promise.resolve();
    },
  });
  const { values, errors, set } = form;

  return (
    <section aria-labelledby="summary-heading" className="card">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <p>{t('summary.lead')}</p>
      <FormShell form={form} className="form">
        <div className="summary-dates">
          <TextField
            label={t('summary.from')}
            name="from"
            type="date"
            optional
            value={values.from}
            onChange={(e) => set({ from: e.target.value })}
            error={errors.from}
          />
          <TextField
            label={t('summary.to')}
            name="to"
            type="date"
            optional
            value={values.to}
            onChange={(e) => set({ to: e.target.value })}
            error={errors.to}
          />
        </div>
        <fieldset
          className={errors.sections ? 'field-has-error' : undefined}
          aria-describedby={errors.sections ? 'sections-error' : undefined}
        >
          <legend>{t('summary.include')}</legend>
          {SUMMARY_SECTIONS.map((s) => (
            <label key={s} className="choice">
              <input
                type="checkbox"
                name="sections"
                value={s}
                checked={values.sections.includes(s)}
                onChange={(e) =>
                  set({ sections: e.target.checked ? [...values.sections, s] : values.sections.filter((x: string) => x !== s) })
                }
              />{' '}
              {t(`sections.${s}`)}
            </label>
          ))}
          {errors.sections ? (
            <p id="sections-error" className="field-error">
              {errors.sections}
            </p>
          ) : null}
        </fieldset>
        <div className="actions">
          <Button type="submit" variant="primary">
            {t('summary.open')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
