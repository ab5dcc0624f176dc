import { describe, expect, it } from 'vitest';
import { isLocked, serverIdleMs } from './app-lock.js';

describe('app lock on the server', () => {
  const at = (iso: string) => new Date(iso);
  const base = { lockedAt: null, activeAt: '2026-12-03T10:00:00.000Z' };

  it('allows the chosen minutes plus one of grace, and five for "on leaving the app"', () => {
    expect(serverIdleMs(1)).toBe(2 * 60_000);
    expect(serverIdleMs(15)).toBe(16 * 60_000);
    expect(serverIdleMs(0)).toBe(6 * 60_000);
  });

  it('locks only once that time has passed since the last use', () => {
    expect(isLocked({ ...base, idleMinutes: 5 }, at('2026-12-03T10:06:00.000Z'))).toBe(false);
    expect(isLocked({ ...base, idleMinutes: 5 }, at('2026-12-03T10:06:00.001Z'))).toBe(true);
  });

  it('stays locked once locked, however recent the last use', () => {
    expect(isLocked({ ...base, lockedAt: '2026-12-03T10:00:00.000Z', idleMinutes: 30 }, at('2026-12-03T10:00:01.000Z'))).toBe(true);
  });
});
