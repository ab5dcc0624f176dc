import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { COOL_DOWN_DEFAULT, CreateDraftBody, DRAFT_TEXT_MAX, FEELINGS, type Draft, type DraftInsights } from '../../../contracts/drafts.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { TimerRing } from '../../components/TimerRing.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useNow } from '../../lib/useNow.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { useCrisisWatch } from '../../safety/useCrisisWatch.js';
import type { DraftOutcome } from './api.js';
import { useCreateDraft, useDraftInsights, useDrafts, useRemoveDraft, useResolveDraft } from './queries.js';

const COOL_DOWNS = [5, 10, 20, 30] as const;

interface Compose {
  text: string;
  feeling: string;
  coolDownMinutes: number;
}

const EMPTY: Compose = { text: '', feeling: '', coolDownMinutes: COOL_DOWN_DEFAULT };

/**
 * Pause before sending: write the message, name the feeling, wait a little, then decide. Steady
 * never sends anything; the open draft lives on the server, so a reload or a closed tab loses nothing.
 */
export function PauseMessagePage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const activeId = params.get('draft');
  const drafts = loaded(useDrafts());
  const insights = loaded(useDraftInsights());
  const [prefill, setPrefill] = useState<Compose>(EMPTY);
  const [composeKey, setComposeKey] = useState(0);
  const [pinned, setPinned] = useState<Draft | null>(null);

  const open = drafts.status === 'ready' ? drafts.data.items.filter((d) => d.outcome === null) : [];
  // Pinned once opened, so the screen keeps showing it after it is decided (and leaves the open list).
  const active = pinned && pinned.id === activeId ? pinned : (open.find((d) => d.id === activeId) ?? null);

  const openDraft = (id: string | null) => setParams(id ? { draft: id } : {}, { replace: false });

  function startAgain(from?: Compose) {
    setPrefill(from ?? EMPTY);
    setComposeKey((k) => k + 1);
    setPinned(null);
    openDraft(null);
  }

  return (
    <Page
      title="Pause before sending"
      lead="When a message feels urgent, it can help to write it here first, name what you feel, and give it a few minutes. Steady never sends anything for you."
      className="pause-message"
    >
      {activeId && !active && drafts.status === 'loading' ? <Loading /> : null}
      {activeId && active ? (
        <ActiveDraft
          key={active.id}
          draft={active}
          // Kept on screen once decided; the lists follow by themselves (their keys are marked stale).
          onDecided={() => setPinned(active)}
          onDone={startAgain}
        />
      ) : activeId && drafts.status === 'ready' ? (
        <div className="card">
          <p>This pause has already been decided, or it was removed. Nothing is lost on your side.</p>
          <Button variant="primary" onClick={() => startAgain()}>
            Write a new message
          </Button>
        </div>
      ) : null}
      {!activeId ? (
        <>
          {open.length ? <OpenDrafts drafts={open} timeZone={user.timeZone} onOpen={openDraft} /> : null}
          <ComposeForm
            key={composeKey}
            initial={prefill}
            region={user.region}
            onCreated={(d) => {
              setPinned(d);
              openDraft(d.id);
            }}
          />
        </>
      ) : null}
      {insights.status === 'ready' && insights.data.total > 0 ? <PauseInsights data={insights.data} /> : null}
    </Page>
  );
}

function ComposeForm({ initial, region, onCreated }: { initial: Compose; region: string; onCreated: (d: Draft) => void }) {
  const createDraft = useCreateDraft();
  const [values, setValues] = useState<Compose>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const crisis = useCrisisWatch(values.text);
  const feelingId = useId();
  const update = (patch: Partial<Compose>) => setValues((v) => ({ ...v, ...patch }));
  const chosen = (FEELINGS as readonly string[]).includes(values.feeling) ? values.feeling : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const checked = validate(CreateDraftBody, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage('Something needs another look first.');
      focusFirstError(formRef.current, ['text', 'feeling', 'coolDownMinutes'], checked.errors);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      const res = await createDraft(checked.data);
      onCreated(res.draft);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(`${err.friendly} Your words are still here.`);
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="compose-heading">
      <h2 id="compose-heading">Write it here first</h2>
      <form ref={formRef} noValidate className="form" onSubmit={(e) => void submit(e)}>
        <Field label="The message you want to send" error={errors.text} hint="Write it exactly as you feel it. Only you will see it here.">
          {(a11y) => (
            <textarea
              {...a11y}
              name="text"
              className="input textarea"
              rows={5}
              maxLength={DRAFT_TEXT_MAX}
              value={values.text}
              onChange={(e) => update({ text: e.target.value })}
            />
          )}
        </Field>
        <p className="visually-hidden" aria-live="polite">
          {crisis ? 'Support lines are now shown below what you wrote.' : ''}
        </p>
        {crisis ? <CrisisPanel region={region} where="writing" /> : null}
        <fieldset className="field">
          <legend className="field-label">What are you feeling?</legend>
          <p className="field-hint">Roughly is fine. Naming it often softens it a little.</p>
          <ul className="toggle-chips">
            {FEELINGS.map((f) => (
              <li key={f}>
                <button
                  type="button"
                  className="toggle-chip"
                  aria-pressed={chosen === f}
                  onClick={() => update({ feeling: chosen === f ? '' : f })}
                >
                  {f}
                </button>
              </li>
            ))}
          </ul>
          <div className="field-inline">
            <label htmlFor={feelingId} className="field-label-small">
              Or in your own words
            </label>
            <input
              id={feelingId}
              name="feeling"
              className="input"
              maxLength={80}
              value={chosen ? '' : values.feeling}
              aria-invalid={errors.feeling ? true : undefined}
              aria-describedby={errors.feeling ? `${feelingId}-error` : undefined}
              onChange={(e) => update({ feeling: e.target.value })}
            />
          </div>
          {errors.feeling ? (
            <p id={`${feelingId}-error`} className="field-error">
              {errors.feeling}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">How long would you like to wait?</legend>
          <div className="choice-row">
            {COOL_DOWNS.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name="coolDownMinutes"
                  checked={values.coolDownMinutes === m}
                  onChange={() => update({ coolDownMinutes: m })}
                />{' '}
                {m} minutes
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Starting…">
            Start the pause
          </Button>
        </div>
        <FormMessage message={message} tone="error" />
      </form>
    </section>
  );
}

type Phase = 'waiting' | 'deciding' | 'rewriting' | 'done';

function ActiveDraft({ draft, onDecided, onDone }: { draft: Draft; onDecided: () => void; onDone: (from?: Compose) => void }) {
  const resolveDraft = useResolveDraft();
  const ends = Date.parse(draft.availableAt);
  const [early, setEarly] = useState(false);
  const [phase, setPhase] = useState<Exclude<Phase, 'waiting' | 'deciding'> | null>(null);
  const now = useNow(phase === null);
  const waiting = phase === null && !early && now < ends;
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [rewrite, setRewrite] = useState(draft.text);
  const [busy, setBusy] = useState<DraftOutcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const canShare = typeof navigator.share === 'function';

  async function decide(choice: DraftOutcome): Promise<boolean> {
    setBusy(choice);
    setMessage(null);
    try {
      await resolveDraft(draft.id, choice);
      setOutcome(choice);
      setPhase('done');
      onDecided();
      return true;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste it wherever you like.');
    } catch {
      setCopied('Copying didn’t work here; you can select the words above and copy them yourself.');
    }
  }

  async function share(text: string) {
    try {
      await navigator.share({ text });
    } catch {
      // Closing the share sheet is a fine choice too.
    }
  }

  async function send(how: 'copy' | 'share') {
    // The copy happens first, inside the tap, where browsers allow it.
    if (how === 'copy') await copy(draft.text);
    else await share(draft.text);
    await decide('sent');
  }

  const total = draft.coolDownMinutes * 60;
  const remaining = Math.max(0, (ends - now) / 1000);

  return (
    <section className="card draft-card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">
        {phase === 'done'
          ? 'Decided'
          : phase === 'rewriting'
            ? 'Rewrite it'
            : waiting
              ? 'Letting it settle'
              : early
                ? 'Deciding now'
                : 'The pause is over'}
      </h2>
      {phase === 'rewriting' ? null : (
        <figure className="draft-quote">
          <blockquote>
            <p>{draft.text}</p>
          </blockquote>
          <figcaption className="muted">You named it: {draft.feeling}</figcaption>
        </figure>
      )}

      <p className="visually-hidden" aria-live="polite">
        {!waiting && !early && phase === null ? 'The pause is over. You can decide what to do with the message now.' : ''}
      </p>
      {waiting ? (
        <>
          <TimerRing remaining={remaining} total={total} />
          <p>
            Let the words sit for a little while. Breathe slowly, notice where the feeling sits in your body, and let it be there. You can
            leave this screen; the pause keeps time.
          </p>
          <div className="actions actions-center">
            <Button onClick={() => setEarly(true)}>I’m ready to decide now</Button>
          </div>
        </>
      ) : null}

      {!waiting && phase === null ? (
        <>
          <p>
            {early
              ? 'Deciding before the time is up is okay. It’s noted only so you can see what helps you.'
              : 'You gave it time. Whatever you choose now is your choice, made a little more calmly.'}
          </p>
          <div className="decide-grid" role="group" aria-label="What would you like to do with it?">
            <div className="decide-option">
              <p className="decide-title">Send it yourself</p>
              <p className="muted">Steady copies it for you; you send it where you like.</p>
              <div className="actions">
                <Button variant="primary" busy={busy === 'sent'} busyLabel="One moment…" onClick={() => void send('copy')}>
                  Copy and send it myself
                </Button>
                {canShare ? <Button onClick={() => void send('share')}>Share…</Button> : null}
              </div>
            </div>
            <div className="decide-option">
              <p className="decide-title">Rewrite it</p>
              <p className="muted">Say the same need in softer words.</p>
              <Button onClick={() => setPhase('rewriting')}>Rewrite it</Button>
            </div>
            <div className="decide-option">
              <p className="decide-title">Let it go</p>
              <p className="muted">Not sending is a choice too, and the message stays unsent.</p>
              <Button busy={busy === 'discarded'} busyLabel="One moment…" onClick={() => void decide('discarded')}>
                Let it go
              </Button>
            </div>
          </div>
        </>
      ) : null}

      {phase === 'rewriting' ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (rewrite.trim()) void decide('rewritten');
          }}
        >
          <Field label="Your rewrite" hint="Perhaps start from what you need, rather than what went wrong.">
            {(a11y) => (
              <textarea
                {...a11y}
                className="input textarea"
                rows={5}
                maxLength={DRAFT_TEXT_MAX}
                value={rewrite}
                onChange={(e) => setRewrite(e.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy === 'rewritten'} busyLabel="One moment…">
              Keep this version
            </Button>
            <Button onClick={() => setPhase(null)}>Back</Button>
          </div>
        </form>
      ) : null}

      {phase === 'done' ? (
        <>
          <p>
            {outcome === 'sent'
              ? 'You sent it in your own time. However it lands, you gave yourself a moment first.'
              : outcome === 'rewritten'
                ? 'Your rewrite is ready. Copy it and send it yourself, or give it another pause.'
                : 'You let it go. That can take real strength, and the feeling behind it still matters.'}
          </p>
          {outcome === 'rewritten' ? (
            <>
              <blockquote className="draft-quote">
                <p>{rewrite}</p>
              </blockquote>
              <div className="actions">
                <Button variant="primary" onClick={() => void copy(rewrite)}>
                  Copy my rewrite
                </Button>
                <Button onClick={() => onDone({ text: rewrite, feeling: draft.feeling, coolDownMinutes: draft.coolDownMinutes })}>
                  Pause with it again
                </Button>
              </div>
            </>
          ) : null}
          <div className="actions">
            <Button variant={outcome === 'rewritten' ? 'quiet' : 'primary'} onClick={() => onDone()}>
              Write another message
            </Button>
            <Link to="/cycles" className="button button-quiet">
              Log a moment of the cycle
            </Link>
          </div>
        </>
      ) : null}
      <FormMessage message={message ?? copied} tone={message ? 'error' : 'info'} />
    </section>
  );
}

function OpenDrafts({ drafts, timeZone, onOpen }: { drafts: Draft[]; timeZone: string; onOpen: (id: string) => void }) {
  const removeDraft = useRemoveDraft();
  const [removing, setRemoving] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="open-drafts-heading">
      <h2 id="open-drafts-heading">Still waiting for you</h2>
      <ul className="open-drafts">
        {drafts.map((d) => (
          <li key={d.id} className="open-draft">
            <p className="open-draft-text">{d.text.length > 120 ? `${d.text.slice(0, 119)}…` : d.text}</p>
            <p className="muted">
              Written {formatShortDateTime(d.createdAt, timeZone)} · {d.feeling}
            </p>
            <div className="actions">
              <Button variant="primary" onClick={() => onOpen(d.id)}>
                Come back to it
              </Button>
              <Button variant="quiet" onClick={() => setRemoving(d)}>
                Remove…
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <FormMessage message={error} tone="error" />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this message?"
        confirmLabel="Remove it"
        tone="danger"
        busy={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          setBusy(true);
          removeDraft(removing.id)
            .then(() => setError(null))
            .catch((err: unknown) => setError(err instanceof ApiError ? err.friendly : 'Something went wrong.'))
            .finally(() => {
              setBusy(false);
              setRemoving(null);
            });
        }}
      >
        <p>Removing is permanent: the message and its pause are gone for good, and it won’t count in what the pause shows you.</p>
      </ConfirmDialog>
    </section>
  );
}

function PauseInsights({ data }: { data: DraftInsights }) {
  const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;
  return (
    <section className="card pause-insights" aria-labelledby="pause-insights-heading">
      <h2 id="pause-insights-heading">What the pause has changed</h2>
      {data.decided === 0 ? (
        <p>Once you’ve decided about a message or two, you’ll see here how often the pause changed what happened.</p>
      ) : (
        <>
          <p className="pause-insights-lead">
            {data.changed === 0
              ? `You’ve paused before ${times(data.decided)}. Each one was a moment you gave yourself, whatever you decided.`
              : `The pause changed what happened ${data.changed} out of ${data.decided} ${data.decided === 1 ? 'time' : 'times'}.`}
          </p>
          <dl className="typical">
            <div>
              <dt>Let go</dt>
              <dd>{data.discarded}</dd>
            </div>
            <div>
              <dt>Rewritten</dt>
              <dd>{data.rewritten}</dd>
            </div>
            <div>
              <dt>Sent as written</dt>
              <dd>{data.sent}</dd>
            </div>
            <div>
              <dt>Decided early</dt>
              <dd>{data.early}</dd>
            </div>
          </dl>
          <p className="muted">Sending is never a failure: sometimes the message was the right one, and now you know it.</p>
        </>
      )}
    </section>
  );
}
