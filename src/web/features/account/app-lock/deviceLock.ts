/**
 * What this device remembers about the app lock: whether one is set, its idle time, whether the
 * app is locked and when it was last in use. Nothing secret (no PIN, no hash: a 4-digit PIN's hash
 * kept on the device could be tried in a second), nothing private.
 *
 * In localStorage rather than IndexedDB because it must be read synchronously before the first
 * screen is drawn, so a locked app never shows a frame of what is behind the lock.
 */
const KEY = 'steady-app-lock';
/** Writing the time of use on every key press would be wasteful; a few seconds off is harmless. */
const ACTIVE_WRITE_MS = 5_000;

export interface DeviceLock {
  idleMinutes: number;
  locked: boolean;
  activeAt: number;
}

export function readDeviceLock(): DeviceLock | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<DeviceLock>;
    if (typeof v.idleMinutes !== 'number' || typeof v.activeAt !== 'number') return null;
    return { idleMinutes: v.idleMinutes, locked: v.locked === true, activeAt: v.activeAt };
  } catch {
    return null;
  }
}

function write(lock: DeviceLock | null): void {
  try {
    if (lock) localStorage.setItem(KEY, JSON.stringify(lock));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be full or refused (private windows); the server still enforces the lock.
  }
}

/** After the lock is set, changed or turned off (null), and whenever the server tells us. */
export function rememberLockSetting(idleMinutes: number | null, now = Date.now()): void {
  if (idleMinutes === null) return write(null);
  const kept = readDeviceLock();
  write({ idleMinutes, locked: kept?.locked ?? false, activeAt: kept?.activeAt ?? now });
}

export function markDeviceLocked(locked: boolean, now = Date.now()): void {
  const kept = readDeviceLock();
  if (kept) write({ ...kept, locked, activeAt: now });
}

export function markDeviceActive(now = Date.now()): void {
  const kept = readDeviceLock();
  if (kept && !kept.locked && now - kept.activeAt >= ACTIVE_WRITE_MS) write({ ...kept, activeAt: now });
}

/** Whether the app should be locked now: locked before, or unused for longer than the chosen time. */
export function shouldBeLocked(lock: DeviceLock | null, now = Date.now()): boolean {
  if (!lock) return false;
  if (lock.locked) return true;
  return lock.idleMinutes > 0 && now - lock.activeAt >= lock.idleMinutes * 60_000;
}
