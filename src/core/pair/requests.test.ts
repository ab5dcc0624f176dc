import { describe, expect, it } from 'vitest';
import { acknowledgmentPhrasings, composeRequest, DEFAULT_ACKNOWLEDGMENTS } from './requests.js';

describe('request and acknowledgment formats', () => {
  it('puts the person’s own words after the agreed format, and nothing when there are none', () => {
    expect(composeRequest('Would you listen?', '  the trip  ')).toBe('Would you listen?\n\nthe trip');
    expect(composeRequest('Would you listen?', '   ')).toBe('Would you listen?');
    expect(composeRequest('Would you listen?', null)).toBe('Would you listen?');
  });
  it('offers each line of the agreed acknowledgment format as a phrasing, or Steady’s own', () => {
    expect(acknowledgmentPhrasings('I hear you.\n\nLet’s keep it for tonight.')).toEqual(['I hear you.', 'Let’s keep it for tonight.']);
    expect(acknowledgmentPhrasings('')).toEqual([...DEFAULT_ACKNOWLEDGMENTS]);
  });
});
