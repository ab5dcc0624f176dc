import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CompleteReassuranceRequestBody,
  CreateReassuranceRequestBody,
  REQUEST_CAP_REACHED,
  REQUEST_CONTEXT_MAX,
  RespondReassuranceRequestBody,
  type ReassuranceRequest,
  type ReassuranceRequestList,
  type RequestCapReached,
} from '../../../../contracts/pair/reassurance-requests.js';
import type { Pair } from '../../../../contracts/pair/pair.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime, formatTime, localInputValue } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { useActionForm } from '../useActionForm.js';
import { PairScreen } from '../together/NotLinked.js';
import { useCreateUrge } from '../../reassurance/urges/queries.js';
import { ListeningTimer } from './ListeningTimer.js';
import { useCompleteRequest, useCreateRequest, useParkRequestTopic, useRequests, useRespondToRequest } from './queries.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';

type Data = ReassuranceRequestList & { pair: Pair };

/**
 * Structured reassurance requests: compose from the agreed format, the partner's answer, the
 * shared listening timer, and the plan that closes it. Each change marks the requests stale, and
 * so do the partner's, through the live stream.
 */
export function RequestsPage() {
  const { t } = useTranslation('requests');
  const query = useRequests();
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['request.created', 'request.answered', 'request.completed', 'agreement.accepted', 'pair.linked', 'pair.ended']);
  return (
    <PairScreen title={t('title')} load={loaded(query)} retry={() => void query.refetch()} ready={(data) => <Requests data={data} />} />
  );
}

function Requests({ data }: { data: Data }) {
  const { t } = useTranslation('requests');
  const user = useUser();
  const partner = data.pair.partner.displayName;
  const incoming = data.items.filter((r) => r.requesterId !== user.id && (r.status === 'pending' || r.status === 'later'));
  const listening = data.items.filter((r) => r.listening && Date.parse(r.listening.endsAt) > Date.now() && r.status === 'accepted');
  const toClose = data.items.filter((r) => r.requesterId === user.id && ['accepted', 'later', 'declined'].includes(r.status));
  const waiting = data.items.filter((r) => r.requesterId === user.id && r.status === 'pending');
  const earlier = data.items.filter((r) => r.status === 'completed').slice(0, 5);

  return (
    <Page title={t('title')} lead={t('lead', { partner })} className="requests">
      {incoming.map((r) => (
        <Incoming key={r.id} request={r} partner={partner} acknowledgments={data.acknowledgments} />
      ))}
      {listening.map((r) => (
        <section key={r.id} className="card" aria-label={t('listeningNow')}>
          <ListeningTimer
            endsAt={r.listening!.endsAt}
            label={r.requesterId === user.id ? t('partnerListening', { partner }) : t('youListening', { partner })}
          />
        </section>
      ))}
      {toClose.map((r) => (
        <PlanForm key={r.id} request={r} partner={partner} />
      ))}
      {waiting.length ? (
        <p className="notice" role="status">
          {t('waiting', { partner })}
        </p>
      ) : null}
      <Compose data={data} />
      {earlier.length ? (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">{t('earlier')}</h2>
          <ul className="request-list">
            {earlier.map((r) => (
              <li key={r.id} className="card">
                <p className="muted">
                  {r.requesterId === user.id
                    ? t('youAsked', { when: formatShortDateTime(r.createdAt, user.timeZone) })
                    : t('partnerAsked', { partner, when: formatShortDateTime(r.createdAt, user.timeZone) })}
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
  const { t } = useTranslation('requests');
  const user = useUser();
  const navigate = useNavigate();
  // The server's verdict on the words just sent: the support stays for the visit once shown.
  const [flagged, setFlagged] = useState(false);
  // Over the agreed cap the request is not sent; the screen offers the kinder alternatives instead.
  const [refusal, setRefusal] = useState<RequestCapReached | null>(null);
  // What was written stays with the alternatives, so parking it keeps the person's own words.
  const [held, setHeld] = useState('');
  const next = data.nextCheckIn;
  const createRequest = useCreateRequest();
  const parkTopic = useParkRequestTopic();
  const createUrge = useCreateUrge();

  const form = useSteadyForm({
    schema: CreateReassuranceRequestBody,
    defaultValues: { context: '' },
    toBody: (v: { context: string }) => ({ context: v.context || undefined }),
    onProblem: (err) => {
      if (err.type !== REQUEST_CAP_REACHED) return false;
      setHeld(form.values.context);
      setRefusal(err.problem as unknown as RequestCapReached);
      return true;
    },
    onSubmit: async (body) => {
      const res = await createRequest(body);
      if (res.safety.crisis) setFlagged(true);
      form.reset({ context: '' });
      form.setNotice({ text: t('sent'), tone: 'info' });
    },
  });

  const instead = useActionForm<'parked' | 'soothed'>(async (action) => {
    let parkedTopic = false;
    if (action === 'parked') parkedTopic = await parkTopic(held || t('parkFallback'));
    await createUrge.mutateAsync({
      occurredAt: new Date().toISOString(),
      intensity: 5,
      anxietyBefore: 5,
      triggers: [],
      wantedTo: held || null,
      action,
    });
    if (action === 'soothed') {
      void navigate('/tools');
      return;
    }
    setRefusal(null);
    setHeld('');
    form.reset({ context: '' });
    form.setNotice({ text: parkedTopic ? t('parked') : t('parkedInLog'), tone: 'info' });
  });

  if (refusal) {
    return (
      <section className="card refusal" aria-labelledby="refusal-heading">
        <h2 id="refusal-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('refusal.heading')}
        </h2>
        <p>{t('refusal.detail')}</p>
        {refusal.nextCheckIn ? (
          <p>
            {t('refusal.nextCheckIn')} <strong>{formatTime(refusal.nextCheckIn.startsAt, user.timeZone)}</strong>.
          </p>
        ) : null}
        <FormShell form={instead}>
          <div className="actions">
            <Button
              variant="primary"
              busy={instead.busyWith === 'parked'}
              busyLabel={t('refusal.parking')}
              onClick={() => void instead.submitWith('parked')}
            >
              {t('refusal.park')}
            </Button>
            <Button busy={instead.busyWith === 'soothed'} onClick={() => void instead.submitWith('soothed')}>
              {t('refusal.soothe')}
            </Button>
          </div>
          <FormMessage message={instead.notice?.text ?? null} tone={instead.notice?.tone} />
        </FormShell>
      </section>
    );
  }

  const context = form.values.context;
  return (
    <section className="card" aria-labelledby="compose-heading">
      <h2 id="compose-heading">{t('compose.heading')}</h2>
      <blockquote className="request-template">{data.template}</blockquote>
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          label={t('compose.context')}
          optional
          name="context"
          rows={3}
          maxLength={REQUEST_CONTEXT_MAX}
          value={context}
          onChange={(e) => form.set({ context: e.target.value })}
          error={form.errors.context}
          hint={t('compose.hint', { max: REQUEST_CONTEXT_MAX, used: context.length })}
          region={user.region}
          flagged={flagged}
          below={
            <>
              <p className="muted">
                {data.remainingToday > 0 ? t('compose.remaining', { count: data.remainingToday }) : t('compose.used')}{' '}
                {next ? t('compose.next', { when: formatShortDateTime(next.startsAt, user.timeZone) }) : ''}
              </p>
              <div className="actions">
                <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('compose.sending')}>
                  {t('compose.send')}
                </Button>
                <Link to="/tools">{t('compose.soothe')}</Link>
              </div>
              <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
            </>
          }
        />
      </FormShell>
    </section>
  );
}

type Response = RespondReassuranceRequestBody['response'];

function Incoming({ request, partner, acknowledgments }: { request: ReassuranceRequest; partner: string; acknowledgments: string[] }) {
  const { t } = useTranslation('requests');
  const user = useUser();
  const [mode, setMode] = useState<'choose' | 'later' | 'decline'>('choose');
  const headingId = `incoming-${request.id}`;
  const respond = useRespondToRequest();
  const form = useSteadyForm<{ laterAt: string; note: string }, typeof RespondReassuranceRequestBody, Response>({
    schema: RespondReassuranceRequestBody,
    defaultValues: { laterAt: '', note: acknowledgments[0] ?? '' },
    toBody: (v, response) => ({
      response,
      ...(response === 'later' && v.laterAt && { laterAt: new Date(v.laterAt).toISOString() }),
      ...(response === 'decline' && v.note && { note: v.note }),
    }),
    onSubmit: async (body) => {
      await respond(request.id, body);
    },
  });
  const { laterAt, note } = form.values;

  return (
    <section className="card incoming" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incoming.heading', { partner })}</h2>
      <blockquote className="request-template">{request.message}</blockquote>
      <p className="muted">
        {formatShortDateTime(request.createdAt, user.timeZone)}
        {request.status === 'later' && request.laterAt
          ? t('incoming.offered', { when: formatShortDateTime(request.laterAt, user.timeZone) })
          : ''}
      </p>
      <FormShell form={form}>
        {mode === 'choose' ? (
          <div className="actions">
            <Button variant="primary" busy={form.busyWith === 'accept'} onClick={() => void form.submitWith('accept')}>
              {t('incoming.listen', { minutes: request.minutes })}
            </Button>
            <Button onClick={() => setMode('later')}>{t('incoming.later')}</Button>
            <Button variant="quiet" onClick={() => setMode('decline')}>
              {t('incoming.notNow')}
            </Button>
          </div>
        ) : null}
        {mode === 'later' ? (
          <div className="stack">
            <TextField
              label={t('incoming.when')}
              optional
              hint={t('incoming.whenHint')}
              type="datetime-local"
              name="laterAt"
              min={localInputValue(new Date())}
              value={laterAt}
              onChange={(e) => form.set({ laterAt: e.target.value })}
              error={form.errors.laterAt}
            />
            <div className="actions">
              <Button variant="primary" busy={form.busyWith === 'later'} onClick={() => void form.submitWith('later')}>
                {laterAt ? t('incoming.offer') : t('incoming.atCheckIn')}
              </Button>
              <Button variant="quiet" onClick={() => setMode('choose')}>
                {t('incoming.back')}
              </Button>
            </div>
          </div>
        ) : null}
        {mode === 'decline' ? (
          <fieldset className="stack">
            <legend>{t('incoming.kindSentence')}</legend>
            {acknowledgments.map((a, i) => (
              <label key={i} className="choice">
                <input type="radio" name={`ack-${request.id}`} checked={note === a} onChange={() => form.set({ note: a })} /> {a}
              </label>
            ))}
            <div className="actions">
              <Button variant="primary" busy={form.busyWith === 'decline'} onClick={() => void form.submitWith('decline')}>
                {t('incoming.sendThis')}
              </Button>
              <Button variant="quiet" onClick={() => setMode('choose')}>
                {t('incoming.back')}
              </Button>
            </div>
          </fieldset>
        ) : null}
        <FormMessage message={form.notice?.text ?? null} tone="error" />
      </FormShell>
    </section>
  );
}

function PlanForm({ request, partner }: { request: ReassuranceRequest; partner: string }) {
  const { t } = useTranslation('requests');
  const user = useUser();
  const headingId = `plan-${request.id}`;
  const complete = useCompleteRequest();
  const form = useSteadyForm({
    schema: CompleteReassuranceRequestBody,
    defaultValues: { plan: '' },
    fieldMessages: (v: { plan: string }) => (v.plan.trim() ? {} : { plan: t('plan.empty') }),
    onSubmit: async (body) => {
      await complete(request.id, body);
    },
  });
  const answered = request.status === 'accepted' || request.status === 'later' || request.status === 'declined' ? request.status : null;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.heading')}</h2>
      <p>
        {answered ? t(`plan.answer.${answered}`, { partner }) : null}
        {request.status === 'later' && request.laterAt ? ` (${formatShortDateTime(request.laterAt, user.timeZone)})` : ''}
      </p>
      {request.note ? <blockquote className="request-template">{request.note}</blockquote> : null}
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          label={t('plan.label')}
          hint={t('plan.hint')}
          name="plan"
          rows={3}
          value={form.values.plan}
          onChange={(e) => form.set({ plan: e.target.value })}
          error={form.errors.plan}
          region={user.region}
          below={
            <>
              <div className="actions">
                <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('plan.saving')}>
                  {t('plan.save')}
                </Button>
              </div>
              <FormMessage message={form.notice?.text ?? null} tone="error" />
            </>
          }
        />
      </FormShell>
    </section>
  );
}
