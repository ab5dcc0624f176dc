import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';

/**
 * Warns before unsaved words could be lost: the browser's own prompt when closing or reloading,
 * and an in-app confirmation for links inside Steady. The SOS page and "I want reassurance" are
 * exempt on purpose: getting help must take one tap, and logging an urge two, from anywhere; the
 * draft is kept in memory (see journal/drafts.ts) for when they return.
 */
const ALWAYS_OPEN = new Set(['/sos', '/urge']);

export interface LeaveGuard {
  /** Whether "Leave without saving?" should be on screen. */
  open: boolean;
  /** Asks first when there is something unsaved, else leaves at once (a Cancel button that is not a link). */
  ask: (leave: () => void) => void;
  /** The person chose to stay. */
  stay: () => void;
  /** The person chose to leave without saving. */
  go: () => void;
  /** Lets the next navigation through, for the one a successful save makes. */
  allowNextNavigation: () => void;
  /** Guards again, after a save that failed. */
  guardAgain: () => void;
}

export function useLeaveGuard(dirty: boolean, enabled = true): LeaveGuard {
  const active = enabled && dirty;
  const allowRef = useRef(false);
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && !allowRef.current && currentLocation.pathname !== nextLocation.pathname && !ALWAYS_OPEN.has(nextLocation.pathname),
  );

  return {
    open: blocker.state === 'blocked' || pending !== null,
    ask: (leave) => {
      if (active) setPending(() => leave);
      else leave();
    },
    stay: () => {
      setPending(null);
      blocker.reset?.();
    },
    go: () => {
      if (blocker.state === 'blocked') blocker.proceed();
      else pending?.();
      setPending(null);
    },
    allowNextNavigation: () => {
      allowRef.current = true;
    },
    guardAgain: () => {
      allowRef.current = false;
    },
  };
}
