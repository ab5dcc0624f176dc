import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { FormNotice } from './useSteadyForm.js';

export interface SteadyAction<C> {
  /** True while the step is on its way; a second press is ignored meanwhile. */
  busy: boolean;
  /** Which step is on its way, when one place offers several (a passkey or a delete beside a save). */
  busyWith: C | null;
  /** The step's outcome to show (null when it is said through `say`): a problem's kind sentence. */
  notice: FormNotice;
  setNotice: (notice: FormNotice) => void;
  start: (ctx: C) => Promise<void>;
}

/**
 * A button's step that is not a form's submission (a passkey, a delete beside a line): the same
 * ownership as `useSteadyForm` — busy with no double press, a problem turned into the person's
 * sentence — so no screen keeps its own busy state or `instanceof ApiError` for it.
 */
export interface SteadyActionOptions<C> {
  /**
   * Where the step's sentence goes, when it shares one with a form (`form.setNotice`): one place
   * under the form says what happened, whichever way it was tried. Without it the step keeps its own.
   */
  say?: (notice: FormNotice) => void;
  /** Told of a problem; true when the screen answered it another way (a login to start again), so nothing is said. */
  onProblem?: (err: ApiError, ctx: C) => boolean;
}

export function useSteadyAction<C = void>(run: (ctx: C) => Promise<void>, options: SteadyActionOptions<C> = {}): SteadyAction<C> {
  const busyRef = useRef(false);
  const [busyWith, setBusyWith] = useState<{ ctx: C } | null>(null);
  const [own, setOwn] = useState<FormNotice>(null);
  const setNotice = options.say ?? setOwn;
  const runRef = useRef({ run, options, setNotice });
  useLayoutEffect(() => {
    runRef.current = { run, options, setNotice };
  });

  const start = useCallback(async (ctx: C) => {
    if (busyRef.current) return;
    busyRef.current = true;
    const say = runRef.current.setNotice;
    say(null);
    setBusyWith({ ctx });
    try {
      await runRef.current.run(ctx);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (!runRef.current.options.onProblem?.(err, ctx)) say({ text: err.friendly, tone: 'error' });
    } finally {
      busyRef.current = false;
      setBusyWith(null);
    }
  }, []);

  return { busy: busyWith !== null, busyWith: busyWith?.ctx ?? null, notice: options.say ? null : own, setNotice, start };
}
