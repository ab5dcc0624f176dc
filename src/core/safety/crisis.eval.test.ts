/**
 * The discipline that makes the held-out figures mean something: the two parts never share an
 * item, and the set is as large and as varied as promised. The figures themselves are printed by
 * `BENCH_ONLY=crisis npm run bench`; the floors (recall ≥ 0.95, false alarms ≤ 0.02) are not met
 * by today's detector, so they are not asserted yet — see the README's "Crisis detection".
 */
import { describe, expect, it } from 'vitest';
import { readDev, readHeldOut } from '../../../scripts/crisis-data.js';

const dev = readDev();
const held = readHeldOut();

describe('crisis evaluation set', () => {
  it('has both parts committed', () => {
    expect(dev).not.toBeNull();
    expect(held).not.toBeNull();
  });

  it('never shares an id or a text between development and held-out', () => {
    const norm = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');
    const devIds = new Set(dev?.items.map((e) => e.id));
    const devTexts = new Set(dev?.items.map((e) => norm(e.text)));
    expect(held?.items.filter((e) => devIds.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(held?.items.filter((e) => devTexts.has(norm(e.text))).map((e) => e.id)).toEqual([]);
  });

  it('meets the minimum size: 700 items, 350 of each label, 120 dark-idiom or death-talk ordinary lines, 40% held out', () => {
    const all = [...(dev?.items ?? []), ...(held?.items ?? [])];
    expect(all.length).toBeGreaterThanOrEqual(700);
    expect(all.filter((e) => e.label === 'crisis').length).toBeGreaterThanOrEqual(350);
    expect(all.filter((e) => e.label === 'ordinary').length).toBeGreaterThanOrEqual(350);
    const dark = all.filter((e) => e.label === 'ordinary' && /^(?:dark_idiom|death_talk)$/.test(e.category));
    expect(dark.length).toBeGreaterThanOrEqual(120);
    expect((held?.items.length ?? 0) / all.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('says in each file how it was split', () => {
    expect(dev?.split.length).toBeGreaterThan(10);
    expect(held?.split.length).toBeGreaterThan(10);
  });
});
