import { useUser } from '../../auth/session.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Fragment, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CreateSupportResourceBody, RESOURCE_KINDS, type SupportResource } from '../../../contracts/support.js';
import { SUMMARY_SECTIONS, SummaryQuery } from '../../../contracts/summary.js';
import { ApiError, query } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { useCreateResource, useDeleteResource, useSupportResources, useSupportSignals, useUpdateResource } from './queries.js';
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
  const { suggestSupport, reasons } = load.data;
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
      <p>{t('signals.noWait')}</p>
    </section>
  ) : (
    <section className="card support-signal support-signal-calm" aria-labelledby="signal-heading">
      <h2 id="signal-heading">{t('signals.calmHeading')}</h2>
      <p>{t('signals.calm')}</p>
    </section>
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
  const createResource = useCreateResource();
  const updateResource = useUpdateResource();
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const v = validate(CreateSupportResourceBody, {
      name: draft.name,
      kind: draft.kind,
      contact: orNull(draft.contact),
      cost: orNull(draft.cost),
      notes: orNull(draft.notes),
    });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) {
      (form.elements.namedItem('name') as HTMLElement | null)?.focus();
      return;
    }
    setBusy(true);
    try {
      if (id) await updateResource(id, v.data);
      else await createResource(v.data);
      setMessage(id ? t('resources.saved') : t('resources.added', { name: v.data.name }));
      if (!id) setDraft(EMPTY);
      onSaved?.();
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : t('common:somethingWentWrong'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="form">
      <TextField label={t('resources.name')} name="name" value={draft.name} onChange={set('name')} error={errors.name} maxLength={120} />
      <SelectField label={t('resources.kind')} name="kind" value={draft.kind} onChange={set('kind')} error={errors.kind}>
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
        value={draft.contact}
        onChange={set('contact')}
        error={errors.contact}
      />
      <TextField
        label={t('resources.cost')}
        name="cost"
        hint={t('resources.costHint')}
        optional
        value={draft.cost}
        onChange={set('cost')}
        error={errors.cost}
      />
      <TextAreaField
        label={t('resources.notes')}
        name="notes"
        optional
        value={draft.notes}
        onChange={set('notes')}
        error={errors.notes}
        rows={3}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={t('common:saving')}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        ) : null}
      </div>
      <FormMessage message={message} />
    </form>
  );
}

function ResourceItem({ resource }: { resource: SupportResource }) {
  const { t } = useTranslation(['support', 'common']);
  const deleteResource = useDeleteResource();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await deleteResource(resource.id);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : t('common:somethingWentWrong'));
      setBusy(false);
      setConfirming(false);
    }
  }

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
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>{t('resources.removeText')}</p>
      </ConfirmDialog>
      <FormMessage message={message} tone="error" />
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
export function summaryUrl(from: string, to: string, sections: string[], locale: Locale): string {
  return `/api/v1/summary${query({ from: dayStart(from), to: dayAfter(to), sections: sections.join(','), locale })}`;
}

function Summary() {
  const { t } = useTranslation(['support', 'common']);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Nothing is chosen for you: what goes to an appointment is yours to pick.
  const [sections, setSections] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  function open(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const picked = SUMMARY_SECTIONS.filter((s) => sections.includes(s));
    const errs: FieldErrors = {};
    if (picked.length === 0) errs.sections = t('summary.chooseOne');
    if (from && to && from > to) errs.to = t('summary.endBeforeStart');
    const v = validate(SummaryQuery, { from: dayStart(from), to: dayAfter(to), sections: picked.join(',') });
    if (!v.ok && !errs.sections) Object.assign(errs, v.errors);
    setErrors(errs);
    if (Object.keys(errs).length) {
      const first = errs.from ? 'from' : errs.to ? 'to' : 'sections';
      const el = form.elements.namedItem(first);
      (el instanceof RadioNodeList ? (el[0] as HTMLElement | undefined) : (el as HTMLElement | null))?.focus();
      return;
    }
    const url = summaryUrl(from, to, picked, currentLocale());
    // A new tab keeps this page open; if the browser blocks it, open it here.
    if (!window.open(url, '_blank')) window.location.assign(url);
  }

  return (
    <section aria-labelledby="summary-heading" className="card">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <p>{t('summary.lead')}</p>
      <form onSubmit={open} noValidate className="form">
        <div className="summary-dates">
          <TextField
            label={t('summary.from')}
            name="from"
            type="date"
            optional
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={errors.from}
          />
          <TextField
            label={t('summary.to')}
            name="to"
            type="date"
            optional
            value={to}
            onChange={(e) => setTo(e.target.value)}
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
                checked={sections.includes(s)}
                onChange={(e) => setSections((prev) => (e.target.checked ? [...prev, s] : prev.filter((x) => x !== s)))}
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
      </form>
    </section>
  );
}
