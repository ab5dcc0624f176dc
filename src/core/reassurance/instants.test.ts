import { describe, expect, it } from 'vitest';
import { EARLIEST_INSTANT, LATEST_INSTANT, rangeBound, storedInstant } from './instants.js';

describe('instants', () => {
  it('stores any offset as UTC with milliseconds', () => {
    expect(storedInstant('2026-03-01T02:30:00Z')).toBe('2026-03-01T02:30:00.000Z');
    expect(storedInstant('2026-03-01T03:30:00.5+01:00')).toBe('2026-03-01T02:30:00.500Z');
    expect(storedInstant('2026-03-01T02:30:00.123456Z')).toBe('2026-03-01T02:30:00.123Z');
  });

  it('refuses moments whose text form would not sort with the rest', () => {
    expect(storedInstant('9999-12-31T23:59:59-12:00')).toBeNull();
    expect(storedInstant('0000-01-01T00:00:00Z')).toBeNull();
    expect(storedInstant('1899-12-31T23:59:59Z')).toBeNull();
    expect(storedInstant(EARLIEST_INSTANT)).toBe(EARLIEST_INSTANT);
    expect(storedInstant(LATEST_INSTANT)).toBe(LATEST_INSTANT);
  });

  it('clamps filter bounds instead of refusing them', () => {
    expect(rangeBound('9999-12-31T23:59:59-12:00')).toBe(LATEST_INSTANT);
    expect(rangeBound('0000-01-01T00:00:00Z')).toBe(EARLIEST_INSTANT);
    expect(rangeBound('2026-03-01T03:30:00+01:00')).toBe('2026-03-01T02:30:00.000Z');
  });
});
