import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../../api/client.js';

export type Load<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/**
 * Data for a pair screen with a `reload()` that keeps the current view on screen while it fetches:
 * the live stream can call it when the partner changes something, without a flash of "loading".
 */
export function useLoad<T>(fetch: (signal: AbortSignal) => Promise<T>): { load: Load<T>; reload: () => void } {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The latest fetch, so a screen's inline function does not refetch on every render.
  const fetchLatest = useEffectEvent(fetch);

  useEffect(() => {
    const controller = new AbortController();
    fetchLatest(controller.signal)
      .then((data) => setLoad({ status: 'ready', data }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setLoad((prev) =>
          prev.status === 'ready' ? prev : { status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' },
        );
      });
    return () => controller.abort();
  }, [attempt]);

  return { load, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
