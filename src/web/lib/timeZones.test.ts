import { describe, expect, it } from 'vitest';
import { timeZoneLabel, timeZoneOptions } from './timeZones.js';

describe('time zones as the person reads them', () => {
  it('names a zone by its place and by what Intl calls it in the person’s language', () => {
    expect(timeZoneLabel('Europe/London', 'es')).toBe('London · hora de Reino Unido');
    expect(timeZoneLabel('Europe/London', 'en')).toBe('London · United Kingdom Time');
    expect(timeZoneLabel('America/Argentina/Buenos_Aires', 'es')).toBe('Buenos Aires · hora estándar de Argentina');
    expect(timeZoneLabel('UTC', 'es')).toBe('UTC');
  });

  it('lists every zone once, the person’s own included, in the order of their language', () => {
    const options = timeZoneOptions('Antarctica/Troll', 'es');
    const zones = options.map((o) => o.zone);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toContain('Antarctica/Troll');
    expect(zones).toContain('UTC');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('es').compare));
    expect(options.find((o) => o.zone === 'Europe/Madrid')?.label).toBe('Madrid · hora de Europa central');
  });
});
