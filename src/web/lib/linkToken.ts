import { useEffect, useState } from 'react';

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
