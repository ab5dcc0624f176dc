import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Pair } from '../../../contracts/pair.js';
import type { CheckIn } from '../../../contracts/topics.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { TimerRing } from '../../components/TimerRing.js';
import { checkInIsOpen, checkInOpensAt } from '../../../core/pair/check-in-window.js';
import { formatDateTime, formatTime } from '../../lib/dates.js';
import { useNow } from '../../lib/useNow.js';
import { pairKeys, useCompleteCheckIn, useNextCheckIn } from './queries.js';
import { NotLinkedNotice } from './NotLinkedNotice.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

/** The daily check-in: the agenda, a quiet timer for the agreed length, shared notes, done. */
export function CheckInPage() {
  const query = useNextCheckIn();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['topic.parked', 'topic.changed', 'agreement.accepted', 'pair.ended']);
  if (load.status !== 'ready')
    return <ItemPending title="Check-in" error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />;
  if (!load.data) return <NotLinkedNotice title="Check-in" />;
  const { pair, checkIn } = load.data;
  if (!checkIn) {
    return (
      <Page title="Check-in" heading="No check-in coming up">
        <p className="page-lead">Your agreement has no check-in ahead. You can change the rhythm in the agreement.</p>
        <Link to="/pair/agreement" className="button button-primary">
          Open the agreement
        </Link>
      </Page>
    );
  }
  return <CheckInView key={checkIn.id} pair={pair} checkIn={checkIn} />;
}

function CheckInView({ pair, checkIn }: { pair: Pair; checkIn: CheckIn }) {
  const user = useUser();
  const partner = pair.partner.displayName;
  const [discussed, setDiscussed] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState('');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  // minutes is null when the timer never ran: the agreed length is not how long they took.
  const [done, setDone] = useState<{ acknowledgment: string; minutes: number | null; crisis: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const completeCheckIn = useCompleteCheckIn();
  const now = useNow(startedAt !== null && done === null);
  const total = checkIn.minutes * 60;
  const remaining = startedAt === null ? total : total - (now - startedAt) / 1000;

  function toggle(id: string, on: boolean) {
    setDiscussed((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function complete(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const minutes = startedAt === null ? undefined : Math.max(1, Math.round((Date.now() - startedAt) / 60_000));
      const res = await completeCheckIn(checkIn.id, {
        discussedTopicIds: [...discussed],
        ...(notes.trim() && { notes }),
        ...(minutes && { minutes }),
      });
      setDone({ acknowledgment: res.acknowledgment, minutes: minutes ?? null, crisis: res.safety.crisis });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.status === 409 ? `${partner} completed this check-in already.` : err.friendly);
      if (err.status === 409 || err.status === 404) void client.invalidateQueries({ queryKey: pairKeys.checkIn() });
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <Page title="Check-in" heading="Check-in done" className="pair">
        <section className="card" aria-labelledby="done-heading">
          <h2 id="done-heading">Well done, both of you</h2>
          <p>{done.acknowledgment}</p>
          {done.minutes !== null ? (
            <p>
              You took {done.minutes} {done.minutes === 1 ? 'minute' : 'minutes'}.
            </p>
          ) : null}
          <div className="actions">
            <Link to="/pair" className="button button-primary">
              Back to your pair space
            </Link>
          </div>
        </section>
        {done.crisis ? <CrisisPanel region={user.region} /> : null}
      </Page>
    );
  }

  const shared = checkIn.agenda.filter((t) => t.shared);
  const own = checkIn.agenda.filter((t) => !t.shared);
  return (
    <Page
      title="Check-in"
      heading={`Check-in with ${partner}`}
      lead={`${formatDateTime(checkIn.startsAt, user.timeZone)}, ${checkIn.minutes} minutes. Go gently: one topic at a time, and it is fine not to reach them all.`}
      className="pair"
    >
      <section className="card timer-card" aria-labelledby="timer-heading">
        <h2 id="timer-heading">Time together</h2>
        <TimerRing remaining={remaining} total={total} />
        {remaining <= 0 ? <p role="status">The agreed time is up. Finish your sentence, then wrap up kindly.</p> : null}
        <div className="actions actions-center">
          {startedAt === null ? (
            <Button variant="secondary" onClick={() => setStartedAt(Date.now())}>
              Start the timer
            </Button>
          ) : null}
        </div>
      </section>

      <form className="form" noValidate onSubmit={(e) => void complete(e)}>
        <fieldset className="card">
          <legend className="pair-legend">Agenda</legend>
          {checkIn.agenda.length === 0 ? <p>Nothing was parked. You can simply talk about how the day went.</p> : null}
          {shared.length > 0 ? <p className="field-hint">Tick what you talked through; the rest waits for next time.</p> : null}
          <ul className="pair-agenda">
            {[...shared, ...own].map((t) => (
              <li key={t.id}>
                <label className="choice">
                  <input type="checkbox" checked={discussed.has(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                  <span>
                    {t.text}{' '}
                    <span className="tag tag-static">{t.shared ? (t.mine ? 'From you' : `From ${partner}`) : 'Only you can see this'}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextAreaField
          label="Shared notes"
          hint={`${partner} sees these too. A line about what you agreed is plenty.`}
          name="notes"
          rows={4}
          maxLength={5000}
          optional
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={errors.notes}
        />
        <FormMessage message={message} tone="error" />
        <div className="actions">
          {checkInIsOpen(checkIn.startsAt, new Date(now)) ? (
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Complete the check-in
            </Button>
          ) : (
            <p className="muted">You can mark it done from {formatTime(checkInOpensAt(checkIn.startsAt).toISOString(), user.timeZone)}.</p>
          )}
        </div>
      </form>
    </Page>
  );
}
