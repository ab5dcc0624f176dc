import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export type ItemLoad<T> = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | ({ status: 'ready' } & T);

/**
 * One of the person's own things, loaded by id from its page's URL. A malformed id (400) and
 * someone else's id (404) both come back as "missing", so the page answers them the same kind way.
 */
export function useOwnItem<T extends object>(
  id: string,
  fetch: (id: string, signal: AbortSignal) => Promise<T>,
): { load: ItemLoad<T>; setReady: (value: T) => void; retry: () => void } {
  const [load, setLoad] = useState<ItemLoad<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(id, controller.signal)
      .then((value) => setLoad({ status: 'ready', ...value }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setLoad({ status: 'missing' });
        else setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [id, fetch, attempt]);

  return {
    load,
    setReady: useCallback((value: T) => setLoad({ status: 'ready', ...value }), []),
    retry: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
