import { describe, expect, it } from 'vitest';
import { isThrottled, SLOWDOWN_MAX_MS, slowdownMs, THROTTLE_WINDOW_MS, windowExpired } from './throttle.js';

const start = '2026-11-21T10:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(start) + ms);

describe('login throttle', () => {
  it('blocks at the limit within the window and says how long to wait', () => {
    expect(isThrottled(undefined, 10, at(0)).throttled).toBe(false);
    expect(isThrottled({ count: 9, windowStart: start }, 10, at(1000)).throttled).toBe(false);
    const t = isThrottled({ count: 10, windowStart: start }, 10, at(60_000));
    expect(t.throttled).toBe(true);
    expect(t.retryAfterSeconds).toBe((THROTTLE_WINDOW_MS - 60_000) / 1000);
  });

  it('lets go when the window has passed', () => {
    expect(isThrottled({ count: 99, windowStart: start }, 10, at(THROTTLE_WINDOW_MS)).throttled).toBe(false);
    expect(windowExpired({ count: 1, windowStart: start }, at(THROTTLE_WINDOW_MS - 1))).toBe(false);
    expect(windowExpired({ count: 1, windowStart: start }, at(THROTTLE_WINDOW_MS))).toBe(true);
  });

  it('slows unknown clients gradually and never walls them off', () => {
    expect(slowdownMs(1)).toBe(0);
    expect(slowdownMs(10)).toBe(0);
    expect(slowdownMs(11)).toBeGreaterThan(0);
    expect(slowdownMs(12)).toBeGreaterThan(slowdownMs(11));
    expect(slowdownMs(10_000)).toBe(SLOWDOWN_MAX_MS);
  });
});
