import { describe, expect, it } from 'vitest';
import { crisisResourcesFor } from './resources.js';

describe('crisis resources', () => {
  it('gives 988 (call and text) and Crisis Text Line in the US', () => {
    const us = crisisResourcesFor('us');
    expect(us.region).toBe('US');
    expect(us.resources).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '988', sms: '988' }), expect.objectContaining({ sms: '741741' })]),
    );
  });

  it.each(['GB', 'IE'])('gives Samaritans 116 123 in %s', (region) => {
    expect(crisisResourcesFor(region).resources).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Samaritans', phone: '116 123' })]),
    );
  });

  it.each(['DE', 'BR', 'JP', '', null, undefined])(
    'points everyone else (%j) to a helpline directory and local emergency numbers',
    (region) => {
      const r = crisisResourcesFor(region);
      expect(r.resources).toHaveLength(1);
      expect(r.resources[0]!.url).toMatch(/^https:\/\//);
      expect(r.emergency).toMatch(/emergency/);
    },
  );

  it('lists the directory after the local lines where there are local lines', () => {
    const gb = crisisResourcesFor('GB').resources;
    expect(gb[gb.length - 1]!.url).toMatch(/^https:\/\//);
  });
});
