import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AgreementResponse } from '../../../contracts/agreement.js';
import { JoinPairBody, LeavePairBody, type Pair, type PairInvitation } from '../../../contracts/pair.js';
import { ParkTopicBody, type CheckIn, type Topic } from '../../../contracts/topics.js';
import { describeRule } from '../../../core/pair/rhythm-choices.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { PasswordConfirm } from '../../components/PasswordConfirm.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { formatDateTime, formatShortDateTime } from '../../lib/dates.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { pairApi } from './api.js';
import { useJoinPair, useLeavePair, useParkTopic, usePairOverview } from './queries.js';
import { forgetAgreedPlan } from '../stress-plan/deviceCopy.js';
import { PairEndedNotice } from './PairEndedNotice.js';
import { PairLinks } from './PairLinks.js';
import { TopicItem } from './TopicItem.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

interface Linked {
  pair: Pair;
  agreement: AgreementResponse;
  checkIn: CheckIn | null;
  topics: Topic[];
}

/** The pair space: link with a partner, or see the rhythm you share and what is waiting for it. */
export function PairPage() {
  const query = usePairOverview();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents([
    'pair.linked',
    'pair.ended',
    'agreement.proposed',
    'agreement.accepted',
    'topic.parked',
    'topic.changed',
    'checkin.completed',
  ]);
  if (load.status !== 'ready')
    return <ItemPending title="Partner" error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />;
  return load.data ? <LinkedView data={load.data} /> : <NotLinked />;
}

function NotLinked() {
  return (
    <Page
      title="Partner"
      heading="Link with your partner"
      lead="Linking gives the two of you a shared space: an agreement about reassurance, a daily check-in and a place to park topics for it. Everything else you write stays yours alone."
      className="pair"
    >
      <PairEndedNotice where="pair" />
      <InviteCard />
      <JoinCard />
      <PairLinks linked={false} />
    </Page>
  );
}

/** "K7QM-4XRT" spelled out for a screen reader: "K 7 Q M, 4 X R T". */
const spelled = (code: string) =>
  code
    .split('-')
    .map((g) => g.split('').join(' '))
    .join(', ');

function CopyButton({ text, label, onCopied }: { text: string; label: string; onCopied: (message: string) => void }) {
  return (
    <Button
      variant="secondary"
      onClick={() => {
        navigator.clipboard
          .writeText(text)
          .then(() => onCopied('Copied.'))
          .catch(() => onCopied('Your browser did not let Steady copy it; select it and copy it yourself.'));
      }}
    >
      {label}
    </Button>
  );
}

export function InviteCard() {
  const user = useUser();
  const [invite, setInvite] = useState<PairInvitation | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function make() {
    setBusy(true);
    setMessage(null);
    try {
      setInvite(await pairApi.invite());
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite your partner</h2>
      <p>Make a code and read it out or send it to them. It works once, for 24 hours; a new code replaces the old one.</p>
      {invite ? (
        <div className="pair-code-box">
          <p className="pair-code" data-testid="invitation-code">
            <span aria-hidden="true">{invite.code}</span>
            <span className="visually-hidden">{spelled(invite.code)}</span>
          </p>
          <p className="field-hint">Works until {formatDateTime(invite.expiresAt, user.timeZone)}.</p>
        </div>
      ) : null}
      <FormMessage message={message} />
      <div className="actions">
        {invite ? <CopyButton text={invite.code} label="Copy the code" onCopied={setMessage} /> : null}
        <Button variant={invite ? 'quiet' : 'primary'} busy={busy} busyLabel="Making a code…" onClick={() => void make()}>
          {invite ? 'Make a new code' : 'Make a code'}
        </Button>
      </div>
    </section>
  );
}

/** `onJoined` moves a flow on (the welcome); the pair screens follow by themselves (the pair keys are marked stale). */
export function JoinCard({ onJoined }: { onJoined?: () => void }) {
  const joinPair = useJoinPair();
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(JoinPairBody, { code });
    if (!checked.ok) {
      setErrors(checked.errors);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await joinPair(checked.data.code);
      onJoined?.();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="join-heading">
      <h2 id="join-heading">Enter your partner’s code</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          ref={inputRef}
          label="Their code"
          hint="Eight letters and numbers, like K7QM-4XRT. Spaces and small letters are fine."
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
        />
        <FormMessage message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Linking…">
            Link with them
          </Button>
        </div>
      </form>
    </section>
  );
}

function LinkedView({ data }: { data: Linked }) {
  const user = useUser();
  const { pair, agreement, checkIn, topics } = data;
  const partner = pair.partner.displayName;
  const pending = agreement.pending;
  const open = topics.filter((t) => t.discussedAt === null);
  return (
    <Page
      title="Partner"
      heading={`You and ${partner}`}
      lead={`Linked since ${formatShortDateTime(pair.linkedAt, user.timeZone)}.`}
      className="pair"
    >
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">Next check-in</h2>
        {checkIn ? (
          <>
            <p className="pair-when">
              {formatDateTime(checkIn.startsAt, user.timeZone)}, for {checkIn.minutes} minutes
            </p>
            <p>
              {checkIn.agenda.length === 0
                ? 'Nothing is on the agenda yet. That is fine too: the time is yours together.'
                : `${checkIn.agenda.length === 1 ? 'One topic is' : `${checkIn.agenda.length} topics are`} waiting for it.`}
            </p>
            <div className="actions">
              <Link to="/pair/check-in" className="button button-primary">
                Open the check-in
              </Link>
            </div>
          </>
        ) : (
          <p>Your rhythm has no check-in coming up. You can change it in the agreement.</p>
        )}
      </section>

      <section className="card" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">Your agreement</h2>
        <p>
          {agreement.current ? `Version ${agreement.current.version}: ` : 'The starting agreement, until you both accept one: '}
          check-ins {describeRule(agreement.effective.checkInRule).toLowerCase()} ({agreement.effective.timeZone}), for{' '}
          {agreement.effective.checkInMinutes} minutes; up to {agreement.effective.dailyRequestCap} reassurance{' '}
          {agreement.effective.dailyRequestCap === 1 ? 'request' : 'requests'} a day outside them.
        </p>
        {pending ? (
          <p className="notice" role="status">
            {pending.proposedBy === user.id
              ? `Your proposal (version ${pending.version}) is waiting for ${partner}.`
              : `${partner} proposed a change (version ${pending.version}). Have a look when you are ready.`}
          </p>
        ) : null}
        <div className="actions">
          <Link to="/pair/agreement" className="button button-secondary">
            {pending && pending.proposedBy !== user.id ? 'Review the proposal' : 'See or change the agreement'}
          </Link>
        </div>
      </section>

      <PairLinks linked />
      <TopicsCard partner={partner} topics={open} />
      <CalendarCard />
      <UnlinkCard partner={partner} />
    </Page>
  );
}

function TopicsCard({ partner, topics }: { partner: string; topics: Topic[] }) {
  const user = useUser();
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [crisis, setCrisis] = useState(false);
  const [busy, setBusy] = useState(false);
  const parkTopic = useParkTopic();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ParkTopicBody, { text, shared });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById('topic-text')?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const res = await parkTopic(checked.data);
      setCrisis(res.safety.crisis);
      // Private is the default for every topic: a tick is never carried over to the next one.
      setText('');
      setShared(false);
      setMessage(res.topic.shared ? `Parked for your next check-in; ${partner} will see it there.` : 'Parked, just for you.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Parked topics</h2>
      <p>Something on your mind that can wait? Park it here and it waits calmly for the check-in.</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <TextAreaField
          id="topic-text"
          label="Topic"
          name="text"
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.text}
        />
        <label className="choice">
          <input type="checkbox" name="shared" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <span>Share it with {partner} (it goes on both agendas)</span>
        </label>
        <p className="field-hint">Left unticked, only you ever see it, on your own agenda.</p>
        <FormMessage message={message} tone={errors.text ? 'error' : 'success'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Parking…">
            Park it
          </Button>
        </div>
      </form>
      {crisis ? <CrisisPanel region={user.region} /> : null}
      {topics.length > 0 ? (
        <ul className="pair-topics" aria-label="Waiting for the check-in">
          {topics.map((t) => (
            <TopicItem key={t.id} topic={t} partner={partner} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CalendarCard() {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function rotate() {
    setBusy(true);
    try {
      setUrl((await pairApi.rotateCalendar()).url);
      setMessage(url ? 'A new link is ready; the old one no longer works.' : 'Your link is ready.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Check-ins in your calendar</h2>
      <p>
        Add a private link to your calendar app and the check-ins show there. It holds only the times: no topics, names or notes. Keep it to
        yourself; making a new link stops the old one at once.
      </p>
      {url ? (
        <TextField label="Your calendar link" name="calendar-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      ) : null}
      <FormMessage message={message} />
      <div className="actions">
        {url ? <CopyButton text={url} label="Copy the link" onCopied={setMessage} /> : null}
        <Button variant={url ? 'quiet' : 'secondary'} busy={busy} busyLabel="Making a link…" onClick={() => void rotate()}>
          {url ? 'Make a new link' : 'Make a calendar link'}
        </Button>
      </div>
    </section>
  );
}

function UnlinkCard({ partner }: { partner: string }) {
  const leavePair = useLeavePair();
  return (
    <section className="card" aria-labelledby="unlink-heading">
      <h2 id="unlink-heading">Unlink</h2>
      <p>
        You can unlink at any time, and you don’t need to give a reason. From that moment {partner} no longer sees anything in your shared
        space, and neither do you. Each of you keeps what you wrote, read-only, in your own export.
      </p>
      <PasswordConfirm
        schema={LeavePairBody}
        submitLabel="Unlink…"
        dialog={{
          title: `Unlink from ${partner}?`,
          confirmLabel: 'Yes, unlink now',
          cancelLabel: 'Stay linked',
          body: <p>The shared space closes for both of you straight away. You can link again later with a new code.</p>,
        }}
        action={async (password) => {
          await leavePair(password);
          // The pair's plan is no longer this person's to keep on the device.
          await forgetAgreedPlan();
        }}
      />
    </section>
  );
}
