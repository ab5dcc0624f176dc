import { APP_LOCKED } from '../../../../contracts/account/app-lock.js';
import { NEUTRAL_PAGE } from '../../../../contracts/account/quick-exit.js';
import { forgetPrivateMemory } from '../../../auth/forget.js';
import { markDeviceLocked, readDeviceLock } from './deviceLock.js';

/**
 * The quick exit opens a plain, timeless page on this server with no Steady name on it (a
 * houseplant care note, NEUTRAL_PAGE): local so it opens at once and offline (the service worker
 * precaches it), and so leaving in a hurry sends no request anywhere else. A server's admin may
 * choose another page (QUICK_EXIT_URL); the device remembers it, so leaving never waits for an answer.
 */
const TARGET = 'steady-quick-exit';

/** Where the quick exit goes now: the server's choice as last heard, else the local page. */
export function quickExitTarget(): string {
  try {
    const saved = localStorage.getItem(TARGET);
    if (saved && /^https?:\/\//.test(saved)) return saved;
  } catch {
    // Without storage the local page is as good a way out.
  }
  return NEUTRAL_PAGE;
}

/** Keeps the server's answer on the device for the next exit, which may come offline. */
export function rememberQuickExitTarget(url: string): void {
  try {
    if (/^https?:\/\//.test(url)) localStorage.setItem(TARGET, url);
    else localStorage.removeItem(TARGET);
  } catch {
    // Nothing to keep it in: the local page stays the way out.
  }
}
/** Set in this tab only when the person leaves quickly, so Back does not bring Steady's screens back. */
const EXITED = 'steady-exited';

/** Leaves at once: the page is replaced (so Back does not return), memory forgotten, the lock closed. */
export function quickExit(csrfToken: string | null): void {
  try {
    sessionStorage.setItem(EXITED, '1');
  } catch {
    // Without storage Back may reopen Steady; with a lock set it opens locked.
  }
  forgetPrivateMemory();
  if (readDeviceLock()) {
    markDeviceLocked(true);
    // keepalive lets the request outlive the page it came from.
    if (csrfToken)
      void fetch('/api/v1/app-lock/lock', { method: 'POST', headers: { 'x-csrf-token': csrfToken }, keepalive: true }).catch(
        () => undefined,
      );
  }
  location.replace(quickExitTarget());
}

/**
 * Run before the app draws anything. Coming back to Steady through Back or Forward after a quick
 * exit goes to the neutral page again; opening Steady anew (typing its address, the installed
 * app, a new tab) opens it as usual. Returns whether the page is being replaced.
 */
export function leaveAgainIfExited(persisted = false): boolean {
  let exited = false;
  try {
    exited = sessionStorage.getItem(EXITED) === '1';
  } catch {
    return false;
  }
  if (!exited) return false;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (persisted || nav?.type === 'back_forward') {
    location.replace(quickExitTarget());
    return true;
  }
  sessionStorage.removeItem(EXITED);
  return false;
}

/** True for the problem a locked session gets from the API. */
export const isLockedProblem = (type: string) => type === APP_LOCKED;
