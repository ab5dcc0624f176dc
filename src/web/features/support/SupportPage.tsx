import { useUser } from '../../auth/session.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { useState, type FormEvent } from 'react';
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

const KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
  therapist: 'Therapist',
  'couples-therapist': 'Couples therapist',
  clinic: 'Clinic',
  group: 'Group',
  helpline: 'Helpline',
  teletherapy: 'Online therapy',
  friend: 'Friend or family',
  other: 'Something else',
};

const SECTION_LABELS: Record<(typeof SUMMARY_SECTIONS)[number], string> = {
  cycles: 'Cycles you noticed',
  urges: 'Urges for reassurance',
  assessments: 'Questionnaire results',
  goals: 'Weekly goals',
};

/** Finding support: what your own logs suggest, a short guide, your own list and a summary to bring. */
const QUESTIONNAIRES = [
  {
    to: '/questionnaires',
    title: 'Questionnaires',
    text: 'Short, well-known sets of questions that help you notice how you are doing; their results can go in the summary below.',
  },
] as const;

export function SupportPage() {
  return (
    <Page
      title="Finding support"
      lead="Reaching out to a professional is a strong, caring step, whenever you take it. Here is what might help you find someone who fits."
      className="support"
    >
      <Signals />
      <QuickLinks label="Questionnaires" places={QUESTIONNAIRES} />
      <Guide />
      <Resources />
      <Summary />
    </Page>
  );
}

function Signals() {
  const user = useUser();
  const query = useSupportSignals();
  const load = loaded(query);
  if (load.status === 'loading') return <Loading />;
  if (load.status !== 'ready')
    return (
      <>
        <p className="notice notice-error">{load.status === 'error' ? load.message : 'Something went wrong.'}</p>
        <Button onClick={() => void query.refetch()}>Try again</Button>
      </>
    );
  const { suggestSupport, reasons } = load.data;
  return suggestSupport ? (
    <section className="card support-signal" aria-labelledby="signal-heading">
      <h2 id="signal-heading">It might help to talk to someone</h2>
      <p>
        Looking at what you’ve logged here, a few things stand out. None of this is a verdict; it is simply worth sharing with a
        professional:
      </p>
      <ul>
        {reasons.map((r) => (
          <li key={r.code}>{r.detail}</li>
        ))}
      </ul>
      {reasons.some((r) => r.code === 'self-harm-thoughts') ? <CrisisPanel region={user.region} where="answers" /> : null}
      <p>You don’t have to wait until things feel worse. A first conversation is just that: a conversation.</p>
    </section>
  ) : (
    <section className="card support-signal support-signal-calm" aria-labelledby="signal-heading">
      <h2 id="signal-heading">Nothing in particular stands out</h2>
      <p>
        Your logs don’t point to anything specific right now. Support is always OK to look for, though: you don’t need a reason, or to be
        struggling “enough”.
      </p>
    </section>
  );
}

function Guide() {
  return (
    <section aria-labelledby="guide-heading" className="support-guide">
      <h2 id="guide-heading">A short guide</h2>
      <h3>What to look for in a therapist</h3>
      <ul>
        <li>
          <strong>Attuned:</strong> you feel heard, and they notice how you are in the room, not only what you say.
        </li>
        <li>
          <strong>Consistent:</strong> regular sessions, clear about times and breaks, and they get back to you when they say they will.
        </li>
        <li>
          <strong>A steady pace:</strong> they let trust build, and don’t push you into hard places before you’re ready.
        </li>
        <li>
          <strong>Familiar with attachment patterns:</strong> they understand reassurance seeking and fear of closeness or loss without
          judging them.
        </li>
        <li>
          <strong>Trauma-informed:</strong> they ask about safety and choice, and let you set limits on what you talk about.
        </li>
      </ul>
      <h3>Kinds of therapy, in a sentence each</h3>
      <dl className="therapy-kinds">
        <dt>Emotionally Focused Therapy (EFT)</dt>
        <dd>Helps partners see the cycle between them and reach for each other in ways that feel safer.</dd>
        <dt>Attachment-based therapy</dt>
        <dd>Looks at how early bonds shape how you seek closeness and comfort now, and builds a steadier sense of security.</dd>
        <dt>Couples therapy</dt>
        <dd>You and your partner together, working on how you talk, argue, repair and support each other.</dd>
        <dt>Individual therapy for each partner</dt>
        <dd>Each of you has a space of your own for your own history and worries, alongside or instead of joint sessions.</dd>
        <dt>Cognitive behavioural therapy (CBT)</dt>
        <dd>Practical work on anxious thoughts and habits such as checking or seeking reassurance, often in a set number of sessions.</dd>
      </dl>
      <h3>Questions for a first call</h3>
      <ul>
        <li>Have you worked with anxiety in relationships, or with reassurance seeking?</li>
        <li>How do you usually work, and what might a first few sessions look like?</li>
        <li>How often would we meet, and for how long?</li>
        <li>What does it cost, and do you offer reduced fees?</li>
        <li>What happens if I need to talk between sessions, or cancel?</li>
      </ul>
      <h3>Lower-cost routes</h3>
      <ul>
        <li>
          <strong>Community clinics</strong> and charities, often with fees based on income.
        </li>
        <li>
          <strong>University training clinics</strong>, where supervised trainees see clients at low cost.
        </li>
        <li>
          <strong>Group therapy</strong>, which costs less and can feel less lonely.
        </li>
        <li>
          <strong>Teletherapy</strong> by video or phone, which widens the choice and saves travel.
        </li>
      </ul>
      <p className="muted">
        If things feel urgent, you don’t need to find the perfect fit first: <Link to="/sos">people you can talk to now</Link>.
      </p>
    </section>
  );
}

type Draft = { name: string; kind: (typeof RESOURCE_KINDS)[number]; contact: string; cost: string; notes: string };
const EMPTY: Draft = { name: '', kind: 'therapist', contact: '', cost: '', notes: '' };
const orNull = (s: string) => (s.trim() ? s : null);

function Resources() {
  const query = useSupportResources();
  const load = loaded(query);
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading">Your support list</h2>
      <p className="muted">Keep the names you find here, with what they cost and what you thought. Only you can see this list.</p>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : 'Something went wrong.'}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? (
        <>
          {load.data.items.length === 0 ? <p>Nothing on your list yet.</p> : null}
          <ul className="resource-list">
            {load.data.items.map((r) => (
              <ResourceItem key={r.id} resource={r} />
            ))}
          </ul>
        </>
      ) : null}
      <div className="card">
        <h3>Add to your list</h3>
        <ResourceForm initial={EMPTY} submitLabel="Add to my list" />
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
      setMessage(id ? 'Saved.' : `Added ${v.data.name} to your list.`);
      if (!id) setDraft(EMPTY);
      onSaved?.();
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="form">
      <TextField label="Name" name="name" value={draft.name} onChange={set('name')} error={errors.name} maxLength={120} />
      <SelectField label="Kind" name="kind" value={draft.kind} onChange={set('kind')} error={errors.kind}>
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Contact"
        name="contact"
        hint="Phone, email, address or website"
        optional
        value={draft.contact}
        onChange={set('contact')}
        error={errors.contact}
      />
      <TextField label="Cost" name="cost" hint="In your own words" optional value={draft.cost} onChange={set('cost')} error={errors.cost} />
      <TextAreaField label="Notes" name="notes" optional value={draft.notes} onChange={set('notes')} error={errors.notes} rows={3} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      <FormMessage message={message} />
    </form>
  );
}

function ResourceItem({ resource }: { resource: SupportResource }) {
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
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
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
          submitLabel="Save changes"
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className="card resource">
      <h3 className="resource-name">{resource.name}</h3>
      <p className="muted">{KIND_LABELS[resource.kind]}</p>
      {resource.contact ? <p>Contact: {resource.contact}</p> : null}
      {resource.cost ? <p>Cost: {resource.cost}</p> : null}
      {resource.notes ? <p className="resource-notes">{resource.notes}</p> : null}
      <div className="actions">
        <Button variant="quiet" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> {resource.name}</span>
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          Remove<span className="visually-hidden"> {resource.name}</span>…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${resource.name}?`}
        confirmLabel="Remove from my list"
        cancelLabel="Keep it"
        tone="danger"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>It comes off your list here. You can add it again any time.</p>
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
export function summaryUrl(from: string, to: string, sections: string[]): string {
  return `/api/v1/summary${query({ from: dayStart(from), to: dayAfter(to), sections: sections.join(',') })}`;
}

function Summary() {
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
    if (picked.length === 0) errs.sections = 'Choose at least one thing to include.';
    if (from && to && from > to) errs.to = 'The end date comes before the start date.';
    const v = validate(SummaryQuery, { from: dayStart(from), to: dayAfter(to), sections: picked.join(',') });
    if (!v.ok && !errs.sections) Object.assign(errs, v.errors);
    setErrors(errs);
    if (Object.keys(errs).length) {
      const first = errs.from ? 'from' : errs.to ? 'to' : 'sections';
      const el = form.elements.namedItem(first);
      (el instanceof RadioNodeList ? (el[0] as HTMLElement | undefined) : (el as HTMLElement | null))?.focus();
      return;
    }
    const url = summaryUrl(from, to, picked);
    // A new tab keeps this page open; if the browser blocks it, open it here.
    if (!window.open(url, '_blank')) window.location.assign(url);
  }

  return (
    <section aria-labelledby="summary-heading" className="card">
      <h2 id="summary-heading">A summary to bring</h2>
      <p>
        Some people find it easier to bring something written to a first appointment. Choose a period and what to include; the summary opens
        ready to print or save as a PDF.
      </p>
      <form onSubmit={open} noValidate className="form">
        <div className="summary-dates">
          <TextField
            label="From"
            name="from"
            type="date"
            optional
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={errors.from}
          />
          <TextField label="To" name="to" type="date" optional value={to} onChange={(e) => setTo(e.target.value)} error={errors.to} />
        </div>
        <fieldset
          className={errors.sections ? 'field-has-error' : undefined}
          aria-describedby={errors.sections ? 'sections-error' : undefined}
        >
          <legend>What to include</legend>
          {SUMMARY_SECTIONS.map((s) => (
            <label key={s} className="choice">
              <input
                type="checkbox"
                name="sections"
                value={s}
                checked={sections.includes(s)}
                onChange={(e) => setSections((prev) => (e.target.checked ? [...prev, s] : prev.filter((x) => x !== s)))}
              />{' '}
              {SECTION_LABELS[s]}
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
            Open the summary
          </Button>
        </div>
      </form>
    </section>
  );
}
