import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CreateToolSessionBody, type Tool } from '../../../../contracts/reassurance/tools.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { RatingField } from '../../../components/RatingField.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useCreateToolSession } from './queries.js';

const REF = /^(local:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The "before" step checks only its own rating, with the contract's rule for it. */
const BEFORE = CreateToolSessionBody.pick({ distressBefore: true });

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
export function ToolFlow({ tool, variant, setup, startLabel, run, resume, onStart, onSaved }: ToolFlowProps) {
  const { t } = useTranslation('tools');
  const urge = useUrgeRef();
  const createSession = useCreateToolSession();
  const [phase, setPhase] = useState<Phase>(resume ? 'after' : 'before');
  const [started, setStarted] = useState<StartedSession>(() => resume ?? { startedAt: 0, before: null });
  const [endedAt, setEndedAt] = useState(() => (resume ? Date.now() : 0));
  const [queued, setQueued] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const unset = t('flow.unset');

  // Both ratings start unset: a number nobody chose would read as "went from 5 to 5".
  const beforeForm = useSteadyForm({
    schema: BEFORE,
    defaultValues: { distressBefore: null as number | null },
    fieldMessages: { distressBefore: unset },
    invalidMessage: null,
    onSubmit: async ({ distressBefore }) => begin(distressBefore),
  });
  const afterForm = useSteadyForm({
    schema: CreateToolSessionBody,
    defaultValues: { distressAfter: null as number | null },
    toBody: (v) => ({
      tool,
      ...(variant ? { variant } : {}),
      startedAt: new Date(started.startedAt).toISOString(),
      durationSeconds: Math.max(0, Math.round((endedAt - started.startedAt) / 1000)),
      distressBefore: started.before,
      distressAfter: v.distressAfter,
    }),
    fieldMessages: { distressAfter: unset },
    // The rating is the person's to move; anything else wrong is ours, and says so.
    invalidMessage: (errors) => (Object.keys(errors).some((name) => name !== 'distressAfter') ? t('flow.badDetails') : ''),
    keptMessage: t('flow.kept'),
    onSubmit: async (body) => {
      // The urge may still be waiting on this device ("local:…"), so it joins after the schema's check.
      const res = await createSession({ ...body, ...(urge ? { urgeId: urge } : {}) });
      setQueued(res.queued);
      setPhase('saved');
      onSaved?.();
    },
  });

  // Each step swaps the content; focus follows to its heading so nobody is left on a vanished button.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [phase]);

  function begin(before: number | null) {
    const session = { startedAt: Date.now(), before };
    setStarted(session);
    if (onStart) {
      onStart(session);
      return;
    }
    setPhase('running');
  }

  // A moved slider is an answer: its "move the slider" note goes at once.
  function rateBefore(distressBefore: number) {
    beforeForm.set({ distressBefore });
    beforeForm.clearErrors('distressBefore');
  }

  function rateAfter(distressAfter: number) {
    afterForm.set({ distressAfter });
    afterForm.clearErrors('distressAfter');
  }

  function skip() {
    beforeForm.clearErrors('distressBefore');
    begin(null);
  }

  function finish() {
    setEndedAt(Date.now());
    afterForm.reset({ distressAfter: null });
    setPhase('after');
  }

  function again() {
    beforeForm.reset({ distressBefore: null });
    afterForm.reset({ distressAfter: null });
    setStarted({ startedAt: 0, before: null });
    setPhase('before');
  }

  const before = started.before;
  const after = afterForm.values.distressAfter;
  const drop = before !== null && after !== null ? before - after : 0;
  return (
    <div className="tool-flow" data-phase={phase}>
      {phase === 'before' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            {t('flow.before')}
          </h2>
          <FormShell form={beforeForm}>
            <div className="stack">
              {setup}
              <RatingField
                label={t('flow.distressNow')}
                name="distressBefore"
                value={beforeForm.values.distressBefore}
                onChange={rateBefore}
                onSkip={skip}
                low={t('flow.calm')}
                high={t('flow.overwhelming')}
                error={beforeForm.errors.distressBefore}
              />
            </div>
            <div className="actions tool-start">
              <Button type="submit" variant="primary" className="button-large">
                {startLabel ?? t('flow.start')}
              </Button>
            </div>
          </FormShell>
        </section>
      ) : null}

      {phase === 'running' ? (
        <section className="card tool-running" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1} className="visually-hidden">
            {t('flow.inProgress')}
          </h2>
          {run(finish)}
        </section>
      ) : null}

      {phase === 'after' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            {t('flow.after')}
          </h2>
          {before === null ? (
            // A session is a before-and-after pair; with one side skipped there is nothing honest to store.
            <>
              <p>{t('flow.skippedBefore')}</p>
              <div className="actions">
                <Button variant="primary" onClick={again}>
                  {t('flow.doAgain')}
                </Button>
                <Link to={withUrge('/tools', urge)} className="button button-quiet">
                  {t('flow.backToToolkit')}
                </Link>
              </div>
            </>
          ) : (
            <FormShell form={afterForm}>
              <p>{t('flow.anyNumber')}</p>
              <RatingField
                label={t('flow.distressAfter')}
                name="distressAfter"
                value={after}
                onChange={rateAfter}
                low={t('flow.calm')}
                high={t('flow.overwhelming')}
                error={afterForm.errors.distressAfter}
              />
              <FormMessage message={afterForm.notice?.text ?? null} tone={afterForm.notice?.tone ?? 'error'} />
              <div className="actions">
                <Button type="submit" variant="primary" busy={afterForm.busy} busyLabel={t('form.saving')}>
                  {t('flow.save')}
                </Button>
                <Button variant="quiet" onClick={again}>
                  {t('flow.dontSave')}
                </Button>
              </div>
            </FormShell>
          )}
        </section>
      ) : null}

      {phase === 'saved' ? (
        <section className="card" aria-labelledby="tool-step">
          <h2 id="tool-step" ref={headingRef} tabIndex={-1}>
            {drop > 0 ? t('flow.savedEased') : t('flow.savedThanks')}
          </h2>
          <p role="status">
            {queued ? `${t('flow.queued')} ` : ''}
            {t('flow.wentFrom', { before, after })} {drop > 0 ? t('flow.helps') : t('flow.practising')}
          </p>
          <div className="actions">
            {urge ? (
              <Link to={`/urge/${encodeURIComponent(urge)}`} className="button button-primary">
                {t('flow.backToPause')}
              </Link>
            ) : null}
            <Button variant={urge ? 'secondary' : 'primary'} onClick={again}>
              {t('flow.doAgain')}
            </Button>
            <Link to={withUrge('/tools', urge)} className="button button-quiet">
              {t('flow.backToToolkit')}
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
