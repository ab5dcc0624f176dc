import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CompleteReassuranceRequestBody,
  CreateReassuranceRequestBody,
  REQUEST_CAP_REACHED,
  REQUEST_CONTEXT_MAX,
  type ReassuranceRequest,
  type ReassuranceRequestList,
  type RequestCapReached,
} from '../../../contracts/reassurance-requests.js';
import type { Pair } from '../../../contracts/pair.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { formatShortDateTime, formatTime, localInputValue } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { PairScreen } from '../together/NotLinked.js';
import { useCreateUrge } from '../urges/queries.js';
import { ListeningTimer } from './ListeningTimer.js';
import { useCompleteRequest, useCreateRequest, useParkRequestTopic, useRequests, useRespondToRequest } from './queries.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

type Data = ReassuranceRequestList & { pair: Pair };

const TITLE = 'Ask for reassurance';

/**
 * Structured reassurance requests: compose from the agreed format, the partner's answer, the
 * shared listening timer, and the plan that closes it. Each change marks the requests stale, and
 * so do the partner's, through the live stream.
 */
export function RequestsPage() {
  const query = useRequests();
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['request.created', 'request.answered', 'request.completed', 'agreement.accepted', 'pair.linked', 'pair.ended']);
  return <PairScreen title={TITLE} load={loaded(query)} retry={() => void query.refetch()} ready={(data) => <Requests data={data} />} />;
}

function Requests({ data }: { data: Data }) {
  const user = useUser();
  const partner = data.pair.partner.displayName;
  const incoming = data.items.filter((r) => r.requesterId !== user.id && (r.status === 'pending' || r.status === 'later'));
  const listening = data.items.filter((r) => r.listening && Date.parse(r.listening.endsAt) > Date.now() && r.status === 'accepted');
  const toClose = data.items.filter((r) => r.requesterId === user.id && ['accepted', 'later', 'declined'].includes(r.status));
  const waiting = data.items.filter((r) => r.requesterId === user.id && r.status === 'pending');
  const earlier = data.items.filter((r) => r.status === 'completed').slice(0, 5);

  return (
    <Page title={TITLE} lead={`A short, agreed way to ask ${partner} for a few minutes of listening.`} className="requests">
      {incoming.map((r) => (
        <Incoming key={r.id} request={r} partner={partner} acknowledgments={data.acknowledgments} />
      ))}
      {listening.map((r) => (
        <section key={r.id} className="card" aria-label="Listening now">
          <ListeningTimer
            endsAt={r.listening!.endsAt}
            label={r.requesterId === user.id ? `${partner} is listening` : `You are listening to ${partner}`}
          />
        </section>
      ))}
      {toClose.map((r) => (
        <PlanForm key={r.id} request={r} partner={partner} />
      ))}
      {waiting.length ? (
        <p className="notice" role="status">
          Your request is with {partner}. Whatever the answer, you did this the way you agreed.
        </p>
      ) : null}
      <Compose data={data} />
      {earlier.length ? (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">Closed with a plan</h2>
          <ul className="request-list">
            {earlier.map((r) => (
              <li key={r.id} className="card">
                <p className="muted">
                  {r.requesterId === user.id ? 'You asked' : `${partner} asked`}, {formatShortDateTime(r.createdAt, user.timeZone)}
                </p>
                <p className="request-plan">{r.plan}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

function Compose({ data }: { data: Data }) {
  const user = useUser();
  const navigate = useNavigate();
  const [context, setContext] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<RequestCapReached | null>(null);
  const [crisis, setCrisis] = useState(false);
  const next = data.nextCheckIn;
  const createRequest = useCreateRequest();
  const parkTopic = useParkRequestTopic();
  const createUrge = useCreateUrge();

  async function send(e: FormEvent) {
    e.preventDefault();
    const v = validate(CreateReassuranceRequestBody, { context: context || undefined });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    setBusy(true);
    setMessage(null);
    try {
      const res = await createRequest(v.data);
      setCrisis(res.safety.crisis);
      setContext('');
      setMessage('Sent. Take a slow breath while you wait.');
    } catch (err) {
      if (err instanceof ApiError && err.type === REQUEST_CAP_REACHED) setRefusal(err.problem as unknown as RequestCapReached);
      else if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setMessage(err.friendly);
      } else setMessage('Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  async function instead(action: 'parked' | 'soothed') {
    setBusy(true);
    try {
      let parkedTopic = false;
      if (action === 'parked') parkedTopic = await parkTopic(context || 'Something I wanted to ask for reassurance about');
      await createUrge.mutateAsync({
        occurredAt: new Date().toISOString(),
        intensity: 5,
        anxietyBefore: 5,
        triggers: [],
        wantedTo: context || null,
        action,
      });
      if (action === 'soothed') {
        void navigate('/tools');
        return;
      }
      setRefusal(null);
      setContext('');
      setMessage(
        parkedTopic
          ? 'Parked for your check-in. You can set it down until then.'
          : 'Parked: it is in your urge log for the check-in. You can set it down until then.',
      );
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  if (refusal) {
    return (
      <section className="card refusal" aria-labelledby="refusal-heading">
        <h2 id="refusal-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          Not sent, and that’s okay
        </h2>
        <p>{refusal.detail}</p>
        {refusal.nextCheckIn ? (
          <p>
            Your next check-in is at <strong>{formatTime(refusal.nextCheckIn.startsAt, user.timeZone)}</strong>.
          </p>
        ) : null}
        <div className="actions">
          <Button variant="primary" busy={busy} busyLabel="Parking…" onClick={() => void instead('parked')}>
            Park it for the check-in
          </Button>
          <Button busy={busy} onClick={() => void instead('soothed')}>
            Open a soothing tool
          </Button>
        </div>
        <FormMessage message={message} />
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="compose-heading">
      <h2 id="compose-heading">Your request</h2>
      <blockquote className="request-template">{data.template}</blockquote>
      <form onSubmit={(e) => void send(e)} noValidate className="form">
        <TextAreaField
          label="A few words of context"
          optional
          name="context"
          rows={3}
          maxLength={REQUEST_CONTEXT_MAX}
          value={context}
          onChange={(e) => setContext(e.target.value)}
          error={errors.context}
          hint={`Up to ${REQUEST_CONTEXT_MAX} characters. ${context.length} used.`}
        />
        <p className="muted">
          {data.remainingToday > 0
            ? `You have ${data.remainingToday} ${data.remainingToday === 1 ? 'request' : 'requests'} left today outside your check-in.`
            : 'Today’s request outside the check-in is used.'}{' '}
          {next ? `Next check-in: ${formatShortDateTime(next.startsAt, user.timeZone)}.` : ''}
        </p>
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Sending…">
            Send request
          </Button>
          <Link to="/tools">Try a soothing tool first</Link>
        </div>
        <FormMessage message={message} />
      </form>
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </section>
  );
}

function Incoming({ request, partner, acknowledgments }: { request: ReassuranceRequest; partner: string; acknowledgments: string[] }) {
  const user = useUser();
  const [mode, setMode] = useState<'choose' | 'later' | 'decline'>('choose');
  const [laterAt, setLaterAt] = useState('');
  const [note, setNote] = useState(acknowledgments[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `incoming-${request.id}`;
  const respond = useRespondToRequest();

  async function answer(response: 'accept' | 'later' | 'decline') {
    setBusy(true);
    setMessage(null);
    try {
      await respond(request.id, {
        response,
        ...(response === 'later' && laterAt && { laterAt: new Date(laterAt).toISOString() }),
        ...(response === 'decline' && note && { note }),
      });
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
      setBusy(false);
    }
  }

  return (
    <section className="card incoming" aria-labelledby={headingId}>
      <h2 id={headingId}>{partner} asks</h2>
      <blockquote className="request-template">{request.message}</blockquote>
      <p className="muted">
        {formatShortDateTime(request.createdAt, user.timeZone)}
        {request.status === 'later' && request.laterAt ? `. You offered ${formatShortDateTime(request.laterAt, user.timeZone)}.` : ''}
      </p>
      {mode === 'choose' ? (
        <div className="actions">
          <Button variant="primary" busy={busy} onClick={() => void answer('accept')}>
            Listen now ({request.minutes} min)
          </Button>
          <Button onClick={() => setMode('later')}>Later</Button>
          <Button variant="quiet" onClick={() => setMode('decline')}>
            Not now
          </Button>
        </div>
      ) : null}
      {mode === 'later' ? (
        <div className="stack">
          <TextField
            label="When suits you?"
            optional
            hint="Leave it empty for your next check-in."
            type="datetime-local"
            name="laterAt"
            min={localInputValue(new Date())}
            value={laterAt}
            onChange={(e) => setLaterAt(e.target.value)}
          />
          <div className="actions">
            <Button variant="primary" busy={busy} onClick={() => void answer('later')}>
              {laterAt ? 'Offer this time' : 'At our next check-in'}
            </Button>
            <Button variant="quiet" onClick={() => setMode('choose')}>
              Back
            </Button>
          </div>
        </div>
      ) : null}
      {mode === 'decline' ? (
        <fieldset className="stack">
          <legend>One kind sentence, then they turn to their own plan</legend>
          {acknowledgments.map((a, i) => (
            <label key={i} className="choice">
              <input type="radio" name={`ack-${request.id}`} checked={note === a} onChange={() => setNote(a)} /> {a}
            </label>
          ))}
          <div className="actions">
            <Button variant="primary" busy={busy} onClick={() => void answer('decline')}>
              Send this
            </Button>
            <Button variant="quiet" onClick={() => setMode('choose')}>
              Back
            </Button>
          </div>
        </fieldset>
      ) : null}
      <FormMessage message={message} tone="error" />
    </section>
  );
}

const ANSWER_WORDS: Record<string, (partner: string) => string> = {
  accepted: (p) => `${p} listened.`,
  later: (p) => `${p} will come back to it later.`,
  declined: (p) => `${p} can’t right now, and said so kindly.`,
};

function PlanForm({ request, partner }: { request: ReassuranceRequest; partner: string }) {
  const user = useUser();
  const [plan, setPlan] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `plan-${request.id}`;
  const complete = useCompleteRequest();

  async function close(e: FormEvent) {
    e.preventDefault();
    const v = validate(CompleteReassuranceRequestBody, { plan });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    setBusy(true);
    try {
      await complete(request.id, v.data);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Your plan from here</h2>
      <p>
        {ANSWER_WORDS[request.status]?.(partner)}
        {request.status === 'later' && request.laterAt ? ` (${formatShortDateTime(request.laterAt, user.timeZone)})` : ''}
      </p>
      {request.note ? <blockquote className="request-template">{request.note}</blockquote> : null}
      <form onSubmit={(e) => void close(e)} noValidate className="form">
        <TextAreaField
          label="What will you do next?"
          hint="A line or two is enough: one thing for now, one for later."
          name="plan"
          rows={3}
          value={plan}
          onChange={(e) => setPlan(e.target.value)}
          error={errors.plan}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save my plan
          </Button>
        </div>
        <FormMessage message={message} tone="error" />
      </form>
    </section>
  );
}
