import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CreateToolSessionBody, type Tool } from '../../../contracts/tools.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { RatingField } from '../../components/RatingField.js';
import { validate } from '../../lib/validate.js';
import { toolSessionsApi } from './api.js';

const UNSET = 'Move the slider to where you are, or skip the rating.';
const REF = /^(local:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The urge a tool was opened for (from the pause flow), if any. */
export function useUrgeRef(): string | null {
  const [params] = useSearchParams();
  const ref = params.get('urge');
  return ref && REF.test(ref) ? ref : null;
}

/** Keeps ?urge= on links between tools, so a session started from the pause flow stays linked. */
export function withUrge(path: string, urge: string | null): string {
  return urge ? `${path}?urge=${encodeURIComponent(urge)}` : path;
}

export type Phase = 'before' | 'running' | 'after' | 'saved';

export interface StartedSession {
  startedAt: number;
  /** null when the person chose to skip the rating. */
  before: number | null;
}

interface ToolFlowProps {
  tool: Tool;
  variant?: string;
  /** Choices shown before starting (pattern, length…). */
  setup?: ReactNode;
  startLabel?: string;
  /** The tool itself; call `finish` when it ends (or the person ends it). */
  run: (finish: () => void) => ReactNode;
  /** Start somewhere other than the beginning (the journal comes back here after writing). */
  resume?: StartedSession;
  /** Called instead of running in place (the journal opens the writer). */
  onStart?: (session: StartedSession) => void;
  onSaved?: () => void;
}

/**
 * Every tool has the same frame: how distressed are you now, the tool, how distressed are you
 * after, then it is saved as a tool session (linked to the urge when opened from the pause flow).
 * Over time the before/after pairs show which tools help this person most.
 */
export function ToolFlow({ tool, variant, setup, startLabel = 'Start', run, resume, onStart, onSaved }: ToolFlowProps) {
  const urge = useUrgeRef();
  const [phase, setPhase] = useState<Phase>(resume ? 'after' : 'before');
  // Both start unset: a number nobody chose would read as "went from 5 to 5".
  const [before, setBefore] = useState<number | null>(resume ? resume.before : null);
  const [after, setAfter] = useState<number | null>(null);
  const [beforeSkipped, setBeforeSkipped] = useState(resume ? resume.before === null : false);
  const [ratingError, setRatingError] = useState<string | undefined>(undefined);
  const [startedAt, setStartedAt] = useState(resume?.startedAt ?? 0);
  const [endedAt, setEndedAt] = useState(resume ? Date.now() : 0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [queued, setQueued] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step swaps the content; focus follows to its heading so nobody is left on a vanished button.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [phase]);

  function start(skip = false) {
    if (before === null && !skip) {
      setRatingError(UNSET);
      return;
    }
    setRatingError(undefined);
    setBeforeSkipped(skip);
    if (skip) setBefore(null);
    const now = Date.now();
    setStartedAt(now);
    if (onStart) {
      onStart({ startedAt: now, before: skip ? null : before });
      return;
    }
    setPhase('running');
  }

  function finish() {
    setEndedAt(Date.now());
    setAfter(null);
    setPhase('after');
  }

  async function save() {
    if (after === null || before === null) {
      setRatingError(UNSET);
      return;
    }
    setRatingError(undefined);
    const body = {
      tool,
      ...(variant ? { variant } : {}),
      startedAt: new Date(startedAt).toISOString(),
      durationSeconds: Math.max(0, Math.round((endedAt - startedAt) / 1000)),
      distressBefore: before,
      distressAfter: after,
    };
    const checked = validate(CreateToolSessionBody, body);
    if (!checked.ok) {
      setMessage('Something went wrong with this session’s details, so it can’t be saved.');
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const res = await toolSessionsApi.create({ ...checked.data, ...(urge ? { urgeId: urge } : {}) });
      setQueued(res.queued);
      setPhase('saved');
      onSaved?.();
    } catch (err) {
      setMessage(err instanceof ApiError ? `${err.friendly} Your ratings are still here.` : 'That didn’t save just now.');
    } finally {
      setBusy(false);
    }
  }

  function again() {
    setBefore(null);
    setAfter(null);
    setBeforeSkipped(false);
    setRatingError(undefined);
    setPhase('before');
  }

  const drop = before !== null && after !== null ? before - after : 0;
  return (
    <div className="tool-flow" data-phase={phase}>
      {phase === 'before' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            Before you start
          </h2>
          <div className="stack">
            {setup}
            <RatingField
              label="How distressed do you feel right now?"
              value={before}
              onChange={(v) => {
                setBefore(v);
                setRatingError(undefined);
              }}
              onSkip={() => start(true)}
              low="calm"
              high="overwhelming"
              error={ratingError}
            />
          </div>
          <div className="actions tool-start">
            <Button variant="primary" className="button-large" onClick={() => start()}>
              {startLabel}
            </Button>
          </div>
        </section>
      ) : null}

      {phase === 'running' ? (
        <section className="card tool-running" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1} className="visually-hidden">
            In progress
          </h2>
          {run(finish)}
        </section>
      ) : null}

      {phase === 'after' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            How is it now?
          </h2>
          {beforeSkipped ? (
            // A session is a before-and-after pair; with one side skipped there is nothing honest to store.
            <>
              <p>You skipped the rating before, so this one isn’t saved. Doing it still counts.</p>
              <div className="actions">
                <Button variant="primary" onClick={again}>
                  Do it again
                </Button>
                <Link to={withUrge('/tools', urge)} className="button button-quiet">
                  Back to the toolkit
                </Link>
              </div>
            </>
          ) : (
            <>
              <p>Whatever the number is, it’s useful. Some days a tool helps a lot, some days a little.</p>
              <RatingField
                label="How distressed do you feel now?"
                value={after}
                onChange={(v) => {
                  setAfter(v);
                  setRatingError(undefined);
                }}
                low="calm"
                high="overwhelming"
                error={ratingError}
              />
              <FormMessage message={message} tone="error" />
              <div className="actions">
                <Button variant="primary" busy={busy} busyLabel="Saving…" onClick={() => void save()}>
                  Save this session
                </Button>
                <Button variant="quiet" onClick={again}>
                  Don’t save it
                </Button>
              </div>
            </>
          )}
        </section>
      ) : null}

      {phase === 'saved' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            {drop > 0 ? 'Saved. It eased a little.' : 'Saved. Thank you for taking the time.'}
          </h2>
          <p role="status">
            {queued ? 'Saved on this device; it will sync when you’re back online. ' : ''}
            Distress went from {before} to {after}.{' '}
            {drop > 0
              ? 'Noticing what helps you is how the toolkit becomes yours.'
              : 'Not every session shifts the number, and practising still builds the skill.'}
          </p>
          <div className="actions">
            {urge ? (
              <Link to={`/urge/${encodeURIComponent(urge)}`} className="button button-primary">
                Back to your pause
              </Link>
            ) : null}
            <Button variant={urge ? 'secondary' : 'primary'} onClick={again}>
              Do it again
            </Button>
            <Link to={withUrge('/tools', urge)} className="button button-quiet">
              Back to the toolkit
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
