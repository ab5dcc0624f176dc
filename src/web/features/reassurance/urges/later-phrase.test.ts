import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.js';
import { laterPhrase } from './pauses.js';

const t = i18n.getFixedT('en', 'urges');

describe('how long after the urge a check-in came', () => {
  it('calls an early check-in "a moment later", never "about 0 minutes later"', () => {
    expect(laterPhrase(0, t)).toBe('a moment later');
  });

  it('says the real minutes, with the right plural', () => {
    expect(laterPhrase(1, t)).toBe('about 1 minute later');
    expect(laterPhrase(12, t)).toBe('about 12 minutes later');
  });
});
