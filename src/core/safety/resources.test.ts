import { describe, expect, it } from 'vitest';
import { CrisisResources } from '../../contracts/support/safety.js';
import { crisisResourcesFor, regionsWithLines, UNKNOWN_EMERGENCY } from './resources.js';

describe('crisis resources', () => {
  it('gives 988 (call and text) and Crisis Text Line in the US', () => {
    const us = crisisResourcesFor('us');
    expect(us.region).toBe('US');
    expect(us.emergency).toBe('911');
    expect(us.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phone: '988', sms: '988' }),
        expect.objectContaining({ sms: '741741', smsKeyword: 'HOME' }),
      ]),
    );
  });

  it.each(['GB', 'IE'])('gives Samaritans 116 123 in %s', (region) => {
    expect(crisisResourcesFor(region).resources).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Samaritans', phone: '116 123' })]),
    );
  });

  it.each([
    ['MX', '800 911 2000', '911'],
    ['JP', '0120-279-338', '119 or 110'],
    ['DE', '0800 111 0 111', '112'],
    ['CL', '*4141', '131 or 133'],
    ['AU', '13 11 14', '000'],
  ])('gives %s its own line (%s) and emergency number', (region, phone, emergency) => {
    const r = crisisResourcesFor(region);
    expect(r.emergency).toBe(emergency);
    expect(r.resources).toEqual(expect.arrayContaining([expect.objectContaining({ phone })]));
  });

  it('says where each curated line was checked and when', () => {
    const [line] = crisisResourcesFor('FR').resources;
    expect(line).toMatchObject({ phone: '3114', checked: '2026-12-03', source: expect.stringMatching(/^https?:\/\//) });
  });

  it.each(['BT', 'MN', 'mn', '', null, undefined])(
    'points a region without checked lines (%j) to a helpline directory and emergency guidance, never an empty list',
    (region) => {
      const r = crisisResourcesFor(region);
      expect(r.resources).toHaveLength(1);
      expect(r.resources[0]!.url).toBe('https://findahelpline.com');
      expect(r.resources[0]!.description).toMatch(/emergency number/);
      expect(r.emergency).toBe(UNKNOWN_EMERGENCY);
      expect(() => CrisisResources.parse(r)).not.toThrow();
    },
  );

  it('does not treat an object property name as a region', () => {
    expect(crisisResourcesFor('constructor').emergency).toBe(UNKNOWN_EMERGENCY);
  });

  it('lists the directory after the local lines where there are local lines', () => {
    for (const region of regionsWithLines()) {
      const resources = crisisResourcesFor(region).resources;
      expect(resources.length, region).toBeGreaterThan(1);
      expect(resources[resources.length - 1]!.url, region).toBe('https://findahelpline.com');
    }
  });

  it('answers every curated region in the API shape', () => {
    for (const region of regionsWithLines()) expect(() => CrisisResources.parse(crisisResourcesFor(region)), region).not.toThrow();
  });
});
