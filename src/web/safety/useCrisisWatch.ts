import { useEffect, useState } from 'react';
import { detectCrisis } from '../../core/safety/crisis.js';

const DEBOUNCE_MS = 400;

/**
 * Checks what the person is writing for crisis language, here in the browser, a moment after
 * they pause typing. Nothing is sent anywhere before they choose to save.
 *
 * Once shown, the support stays on screen for the rest of the visit: a panel that appears and
 * disappears with each keystroke would feel like being watched, not cared for.
 */
export function useCrisisWatch(text: string): boolean {
  const [flagged, setFlagged] = useState(() => text.trim() !== '' && detectCrisis(text).crisis);

  useEffect(() => {
    if (flagged || text.trim() === '') return;
    const timer = window.setTimeout(() => {
      if (detectCrisis(text).crisis) setFlagged(true);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, flagged]);

  return flagged;
}
