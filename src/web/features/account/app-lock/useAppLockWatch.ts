import { useEffect } from 'react';
import { appLockApi } from './api.js';
import { markDeviceActive, readDeviceLock, rememberLockSetting, shouldBeLocked } from './deviceLock.js';
import { leaveAgainIfExited } from './quickExit.js';

/** How often the idle time is checked; a few seconds late is fine, a timer per key press is not. */
const CHECK_MS = 5_000;
/** How often use is reported to the server, whose own idle clock would otherwise run out mid-sentence. */
const BEAT_MS = 30_000;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * While signed in: locks after the chosen idle time, on leaving the app when that was chosen, and
 * when a page the browser kept (Back/Forward cache) comes back after the time ran out.
 * `online` is false while the session was started from the device's memory: the setting it
 * remembers still counts, but nothing is asked of the server.
 */
export function useAppLockWatch(active: boolean, online: boolean, lock: () => void): void {
  useEffect(() => {
    if (!active) return;
    let lastBeat = 0;
    let stopped = false;
    const beat = () => {
      if (!online || Date.now() - lastBeat < BEAT_MS) return;
      lastBeat = Date.now();
      appLockApi
        .get()
        .then((s) => {
          if (!stopped) rememberLockSetting(s.enabled ? s.idleMinutes : null);
        })
        .catch(() => undefined);
    };
    beat();
    const check = () => {
      if (shouldBeLocked(readDeviceLock())) lock();
    };
    const onActivity = () => {
      // Use after the time ran out (a tab left open in the background) is not use: lock first.
      if (shouldBeLocked(readDeviceLock())) return lock();
      markDeviceActive();
      if (readDeviceLock()) beat();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        if (readDeviceLock()?.idleMinutes === 0) lock();
      } else check();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      if (leaveAgainIfExited(true)) return;
      check();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', onPageShow);
    const timer = window.setInterval(check, CHECK_MS);
    return () => {
      stopped = true;
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', onPageShow);
      window.clearInterval(timer);
    };
  }, [active, online, lock]);
}
