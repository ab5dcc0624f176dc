import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGMENT_PHRASINGS } from './agreement.js';
import { acknowledgmentPhrasings, composeRequest } from './requests.js';

describe('request and acknowledgment formats', () => {
  it('puts the person’s own words after the agreed format, and nothing when there are none', () => {
    expect(composeRequest('Would you listen?', '  the trip  ')).toBe('Would you listen?\n\nthe trip');
    expect(composeRequest('Would you listen?', '   ')).toBe('Would you listen?');
    expect(composeRequest('Would you listen?', null)).toBe('Would you listen?');
  });
  it('offers each line of the agreed acknowledgment format first, then Steady’s own, without repeats', () => {
    expect(acknowledgmentPhrasings('I hear you.\n\nLet’s keep it for tonight.')).toEqual([
      'I hear you.',
      'Let’s keep it for tonight.',
      ...ACKNOWLEDGMENT_PHRASINGS,
    ]);
    expect(acknowledgmentPhrasings('')).toEqual([...ACKNOWLEDGMENT_PHRASINGS]);
    expect(acknowledgmentPhrasings(ACKNOWLEDGMENT_PHRASINGS[0])).toEqual([...ACKNOWLEDGMENT_PHRASINGS]);
  });
});
