import { describe, expect, it } from 'vitest';
import { acknowledgmentPhrasingsIn } from './agreement.js';
import { acknowledgmentPhrasings, composeRequest } from './requests.js';

describe('request and acknowledgment formats', () => {
  it('puts the person’s own words after the agreed format, and nothing when there are none', () => {
    expect(composeRequest('Would you listen?', '  the trip  ')).toBe('Would you listen?\n\nthe trip');
    expect(composeRequest('Would you listen?', '   ')).toBe('Would you listen?');
    expect(composeRequest('Would you listen?', null)).toBe('Would you listen?');
  });
  it('offers each line of the agreed acknowledgment format first, then Steady’s own, without repeats', () => {
    const steady = acknowledgmentPhrasingsIn('en');
    expect(acknowledgmentPhrasings('I hear you.\n\nLet’s keep it for tonight.', 'en')).toEqual([
      'I hear you.',
      'Let’s keep it for tonight.',
      ...steady,
    ]);
    expect(acknowledgmentPhrasings('', 'en')).toEqual(steady);
    expect(acknowledgmentPhrasings(steady[0], 'en')).toEqual(steady);
  });
  it('keeps the pair’s own lines as written on a Spanish screen, and adds Steady’s in Spanish', () => {
    expect(acknowledgmentPhrasings('I hear you.', 'es')).toEqual(['I hear you.', ...acknowledgmentPhrasingsIn('es')]);
  });
});
