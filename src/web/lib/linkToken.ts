import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/client.js';

/**
 * The token of a mailed link (reset, sign-up). It travels after `#`, which the browser never sends
 * anywhere; it is read once and then taken out of the address bar and history, so the link is not
 * left behind on a shared device.
 */
export function useLinkToken(): string {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '');
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return token;
}

/**
 * A mailed link's token, and whether the server said it is used or expired: a form's `onProblem`
 * that turns that answer into the page's "this link no longer works", which is not the person's mistake.
 */
export function useMailedLink(): { token: string; stale: boolean; onProblem: (err: ApiError) => boolean } {
  const token = useLinkToken();
  const [stale, setStale] = useState(false);
  const onProblem = useCallback((err: ApiError) => {
    if (!err.fieldErrors.token) return false;
    setStale(true);
    return true;
  }, []);
  return { token, stale, onProblem };
}
