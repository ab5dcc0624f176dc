import { useRef, useState, type FormEvent } from 'react';
import {
  CreateInvitationBody,
  INVITATION_IDEAS,
  INVITATION_STATUSES,
  INVITATION_SUGGESTIONS,
  INVITATION_TEXT_MAX,
  type Invitation,
  type InvitationIdea,
  type InvitationSummary,
  type InvitationStatus,
} from '../../../contracts/invitations.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded, type Loaded } from '../../query/loaded.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { useCrisisWatch } from '../../safety/useCrisisWatch.js';
import { usePeople } from './queries.js';
import { PeopleLinks } from './PeopleLinks.js';
import { useCreateInvitation, useInvitationSummary, useInvitations, useUpdateInvitation } from './socialQueries.js';
import { formatLocale } from '../../i18n/i18n.js';

const IDEA_WORDS: Record<InvitationIdea, string> = {
  walk: 'A walk',
  'shared-interest': 'A shared interest',
  'local-event': 'A local event',
  meal: 'A meal or a coffee',
  call: 'A call',
  other: 'Something else',
};

export const STATUS_WORDS: Record<InvitationStatus, string> = {
  planned: 'Planned',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Not this time',
  'no-answer': 'No answer yet',
};

/** Small, low-stakes invitations: ideas to pick, where each one stands, and what the outcomes add up to. */
export function InvitationsPage() {
  const user = useUser();
  const list = loaded(useInvitations());
  const summary = loaded(useInvitationSummary());
  const people = loaded(usePeople());
  const createInvitation = useCreateInvitation();
  const [idea, setIdea] = useState<InvitationIdea>('walk');
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [serverCrisis, setServerCrisis] = useState(false);
  const crisis = useCrisisWatch(`${text}\n${note}`) || serverCrisis;
  const formRef = useRef<HTMLFormElement>(null);
  const names = new Map((people.status === 'ready' ? people.data : []).map((p) => [p.id, p.name]));

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const checked = validate(CreateInvitationBody, { idea, text, personId: personId || null, note: note.trim() ? note : null });
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(formRef.current, ['idea', 'text', 'personId', 'note'], checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await createInvitation(checked.data);
      setServerCrisis(res.safety.crisis);
      setMessage({ text: 'Saved as planned. Change it to “sent” whenever you ask.', tone: 'success' });
      setText('');
      setNote('');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: `${err.friendly} What you wrote is still here.`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title="Invitations"
      lead="Small, easy invitations: a walk, a coffee, a call. A “no” or a silence is usually about timing and energy, not about you."
      className="people invitations"
    >
      <PeopleLinks />
      <SummaryCard state={summary} />

      <section className="card" aria-labelledby="new-invitation-heading">
        <h2 id="new-invitation-heading">Plan an invitation</h2>
        <form ref={formRef} noValidate className="form" onSubmit={(e) => void save(e)}>
          <fieldset className="field">
            <legend className="field-label">What kind of thing?</legend>
            <div className="choice-row">
              {INVITATION_IDEAS.map((i, n) => (
                <label key={i} className="choice">
                  <input type="radio" name={n === 0 ? 'idea' : 'idea-more'} checked={idea === i} onChange={() => setIdea(i)} />
                  {IDEA_WORDS[i]}
                </label>
              ))}
            </div>
          </fieldset>
          {INVITATION_SUGGESTIONS[idea].length ? (
            <div className="field">
              <p className="field-label-small" id="idea-suggestions">
                Ideas to start from
              </p>
              <ul className="toggle-chips" aria-labelledby="idea-suggestions">
                {INVITATION_SUGGESTIONS[idea].map((s) => (
                  <li key={s}>
                    <button type="button" className="toggle-chip" aria-pressed={text === s} onClick={() => setText(s)}>
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Field label="The invitation, in your words" error={errors.text}>
            {(a11y) => (
              <input
                {...a11y}
                name="text"
                className="input"
                maxLength={INVITATION_TEXT_MAX}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <Field label="Who for?" optional error={errors.personId}>
            {(a11y) => (
              <select {...a11y} name="personId" className="input select" value={personId} onChange={(e) => setPersonId(e.target.value)}>
                <option value="">Not decided yet</option>
                {(people.status === 'ready' ? [...people.data].sort((a, b) => a.name.localeCompare(b.name)) : []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="A note" optional error={errors.note}>
            {(a11y) => <input {...a11y} name="note" className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          {crisis ? <CrisisPanel region={user.region} /> : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Save the invitation
            </Button>
          </div>
          <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
        </form>
      </section>

      <section aria-labelledby="invitations-heading" className="interaction-history">
        <h2 id="invitations-heading">Your invitations</h2>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <p className="notice notice-error">{list.message}</p> : null}
        {list.status === 'ready' && list.data.length === 0 ? <p className="muted">None yet. The smallest one is a fine start.</p> : null}
        {list.status === 'ready' && list.data.length ? (
          <ul className="moment-list" aria-label="Your invitations, newest first">
            {list.data.map((inv) => (
              <InvitationItem key={inv.id} invitation={inv} who={inv.personId ? (names.get(inv.personId) ?? null) : null} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function InvitationItem({ invitation, who }: { invitation: Invitation; who: string | null }) {
  const updateInvitation = useUpdateInvitation();
  const [error, setError] = useState<string | null>(null);
  const selectId = `status-${invitation.id}`;
  async function setStatus(status: InvitationStatus) {
    setError(null);
    try {
      await updateInvitation(invitation.id, { status });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.friendly);
    }
  }
  return (
    <li className="moment invitation">
      <p className="moment-head">
        <span className={`stage-badge status-${invitation.status}`}>{STATUS_WORDS[invitation.status]}</span>
        <span>{invitation.text}</span>
      </p>
      {who ? <p className="muted">For {who}</p> : null}
      {invitation.note ? <p className="moment-note">{invitation.note}</p> : null}
      <div className="field-inline">
        <label htmlFor={selectId} className="field-label-small">
          Where it stands<span className="visually-hidden">: {invitation.text}</span>
        </label>
        <select
          id={selectId}
          className="input select input-auto"
          value={invitation.status}
          onChange={(e) => void setStatus(e.target.value as InvitationStatus)}
        >
          {INVITATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <FormMessage message={error} tone="error" />
    </li>
  );
}

function SummaryCard({ state }: { state: Loaded<InvitationSummary> }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <p className="notice notice-error">{state.message}</p>;
  if (state.status !== 'ready') return null;
  const s = state.data;
  return (
    <section className="card" aria-labelledby="invitation-summary-heading">
      <h2 id="invitation-summary-heading">How invitations have gone</h2>
      {s.withOutcome === 0 ? (
        <p>Once an invitation has an answer (yes, not this time, or no reply), it shows here.</p>
      ) : (
        <p className="big-number">
          {s.byStatus.accepted} of {s.withOutcome} accepted
          {s.acceptanceRate !== null && s.enoughData ? ` (${Math.round(s.acceptanceRate * 100)}%)` : ''}
        </p>
      )}
      {!s.enoughData && s.withOutcome > 0 ? <p className="muted">A few more answers are needed before a rate means much.</p> : null}
      <p>{s.note}</p>
      {s.months.length ? (
        // Five columns need more than a phone's width: the table scrolls in its own box, never the page;
        // it takes focus so a keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-label="Invitations by month" tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">Invitations by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Made</th>
                <th scope="col">Accepted</th>
                <th scope="col">Not this time</th>
                <th scope="col">No answer</th>
              </tr>
            </thead>
            <tbody>
              {s.months.map((m) => (
                <tr key={m.month}>
                  <td>{monthWords(m.month)}</td>
                  <td>{m.made}</td>
                  <td>{m.accepted}</td>
                  <td>{m.declined}</td>
                  <td>{m.noAnswer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function monthWords(month: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}
