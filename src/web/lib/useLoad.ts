import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export type Loaded<T> = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/**
 * Loads what a screen shows and gives it a `reload()`: after its own changes, and when the live
 * stream says something changed (the live hook calls reload). A 404 is `missing` (for the pair
 * space: not linked, or no longer), never an error.
 */
export function useLoad<T>(fetch: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[] = []): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  // This hook takes its dependencies the way useEffect does, so the list is the caller's and not an
  // array literal here; each caller lists the values its fetch reads. The move to TanStack Query
  // (query keys instead of dependency lists) retires this hook.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const load = useCallback(fetch, deps);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && err.status === 404) setState({ status: 'missing' });
        else setState({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [load, tick]);
  return [state, useCallback(() => setTick((n) => n + 1), [])];
}
