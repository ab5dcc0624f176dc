import { describe, expect, it } from 'vitest';
import { laterPhrase } from './pauses.js';

describe('how long after the urge a check-in came', () => {
  it('calls an early check-in "a moment later", never "about 0 minutes later"', () => {
    expect(laterPhrase(0)).toBe('a moment later');
  });

  it('says the real minutes, with the right plural', () => {
    expect(laterPhrase(1)).toBe('about 1 minute later');
    expect(laterPhrase(12)).toBe('about 12 minutes later');
  });
});
