import { useEffect, useState } from 'react';

/**
 * The current time, re-rendering every `everyMs` while `active`. It reads the clock on every
 * render (never a stored copy that could be stale when a timer resumes), so timers never drift.
 */
export function useNow(active: boolean, everyMs = 1000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [active, everyMs]);
  return Date.now();
}

/** 125 → "2:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
