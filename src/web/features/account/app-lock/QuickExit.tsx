import { useEffect } from 'react';
import { getCsrfToken } from '../../../api/client.js';
import { call } from '../../../api/call.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { quickExit, rememberQuickExitTarget } from './quickExit.js';

/** Three presses of Escape within this time leave, so a hurried hand can do it without looking. */
const ESCAPE_WINDOW_MS = 1_500;

/** A way out that is always in view: replaces Steady with a plain page at once. */
export function QuickExit() {
  const { t } = useTranslation('appLock');
  useEffect(() => {
    // Asked each time the control appears; an earlier answer is used until this one arrives, and offline.
    if (!navigator.onLine) return;
    call('getQuickExit').then(
      (t) => rememberQuickExitTarget(t.url),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    let presses: number[] = [];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const now = Date.now();
      presses = [...presses.filter((t) => now - t < ESCAPE_WINDOW_MS), now];
      if (presses.length >= 3) quickExit(getCsrfToken());
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  return (
    <>
      <button type="button" className="quick-exit" onClick={() => quickExit(getCsrfToken())} aria-describedby="quick-exit-hint">
        {/* The phone's bottom bar has room for one short word beside SOS and reassurance. */}
        <span className="quick-exit-wide">{t('quickExit.wide')}</span>
        <span className="quick-exit-narrow">{t('quickExit.narrow')}</span>
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </>
  );
}
