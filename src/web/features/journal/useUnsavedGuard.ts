import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before unsaved words could be lost: the browser's own prompt when closing or reloading,
 * and an in-app confirmation for links inside Steady. The SOS page and "I want reassurance" are
 * exempt on purpose: getting help must take one tap, and logging an urge two, from anywhere; the
 * draft is kept in memory (see drafts.ts) for when they return.
 */
const ALWAYS_OPEN = new Set(['/sos', '/urge']);

export function useUnsavedGuard(dirty: boolean): { blocker: Blocker; allowNextNavigation: () => void } {
  const allowRef = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowRef.current && currentLocation.pathname !== nextLocation.pathname && !ALWAYS_OPEN.has(nextLocation.pathname),
  );

  return {
    blocker,
    allowNextNavigation: () => {
      allowRef.current = true;
    },
  };
}
