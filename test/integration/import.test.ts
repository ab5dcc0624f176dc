import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';
import { seedEveryFeature } from '../support/every-feature.js';

/** The parts of what someone sees that do not depend on ids. */
function withoutIds(exported: any) {
  const peopleName = new Map<string, string>(exported.people.map((p: any) => [p.id, p.name]));
  const strip = ({ id: _id, ...rest }: any) => rest;
  // Items written in the same instant are listed by id, and ids are new here: compare as sets.
  const set = (xs: any[]) => xs.map((x) => JSON.stringify(x)).sort();
  const lists = {
    journal: exported.journal.map(strip),
    urges: exported.urges.map(({ id: _id, followUps, ...u }: any) => ({ ...u, followUps: followUps.map(strip) })),
    people: exported.people.map(strip),
    interactions: exported.interactions.map(({ id: _id, personIds, ...i }: any) => ({
      ...i,
      people: personIds.map((p: string) => peopleName.get(p)).sort(),
    })),
    toolSessions: exported.toolSessions.map(({ id: _id, urgeId, ...s }: any) => ({ ...s, linked: urgeId !== null })),
    thoughtRecords: exported.thoughtRecords.map(strip),
    drafts: exported.drafts.map(strip),
    supportResources: exported.supportResources.map(strip),
    practices: exported.practices.map(strip),
  };
  return {
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, set(v)])),
    safetyPlan: exported.safetyPlan && { ...exported.safetyPlan, version: 0, updatedAt: '' },
  };
}

const pairs = dialects().flatMap((from) => dialects().map((to) => [from, to] as const));

describe.each(pairs)('importing an export from %s into %s', (from, to) => {
  let source: Harness;
  let target: Harness;
  beforeAll(async () => {
    [source, target] = await Promise.all([harness(from), harness(to)]);
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('shows the same journal, urges and people, with links kept, and a second import adds nothing', async () => {
    const { a, b } = await linkedPair(source);
    await seedEveryFeature(source, a, b, 'IMPORTED');
    const file = (await a.request('GET', '/api/v1/me/export')).body;
    expect(file.journal.length).toBeGreaterThan(0);

    const me = await signup(target.app);
    await me.request('POST', '/api/v1/journal', { text: 'written here first' });
    const first = await me.request('POST', '/api/v1/me/import', file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.added).toMatchObject({
      journal: file.journal.length,
      urges: file.urges.length,
      people: file.people.length,
      interactions: file.interactions.length,
      safetyPlan: 1,
    });
    expect(first.body.alreadyHere).toBe(0);
    expect(first.body.notBrought).toBeGreaterThan(0);

    const here = (await me.request('GET', '/api/v1/me/export')).body;
    const mine = { ...here, journal: here.journal.filter((e: any) => e.text !== 'written here first') };
    expect(withoutIds(mine)).toEqual(withoutIds(file));
    // New ids: nothing from the other server is used as an id here.
    const oldIds = new Set([...file.journal, ...file.urges, ...file.people, ...file.interactions].map((x: any) => x.id));
    expect([...here.journal, ...here.urges, ...here.people, ...here.interactions].some((x: any) => oldIds.has(x.id))).toBe(false);
    // A moment once shared with a former partner comes back private; parked pair topics become the person's own.
    expect(here.cycleEvents.every((e: any) => e.shared === false)).toBe(true);
    expect(here.reflectionTopics.map((t: any) => t.text)).toEqual(expect.arrayContaining(['Topic IMPORTED', 'Private topic IMPORTED']));
    expect(here.pairs).toEqual([]);
    const urges = (await me.request('GET', '/api/v1/urges')).body;
    expect(urges.items.length).toBe(file.urges.length);

    const second = await me.request('POST', '/api/v1/me/import', file);
    expect(second.status).toBe(200);
    expect(Object.values(second.body.added).every((n) => n === 0)).toBe(true);
    expect(second.body.alreadyHere).toBeGreaterThan(0);
    const again = (await me.request('GET', '/api/v1/me/export')).body;
    expect(again.journal.length).toBe(here.journal.length);
    expect(again.people.length).toBe(here.people.length);
    expect(again.interactions.length).toBe(here.interactions.length);
  }, 60_000);

  it('refuses anonymous callers and files that are not a Steady export', async () => {
    const anon = await target.app.inject({ method: 'POST', url: '/api/v1/me/import', payload: { format: 'steady-export/1' } });
    expect(anon.statusCode).toBe(401);
    const me = await signup(target.app);
    const wrong = await me.request('POST', '/api/v1/me/import', { format: 'something-else', journal: [] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('format');
    const broken = await me.request('POST', '/api/v1/me/import', { format: 'steady-export/1', journal: [{ id: 'x' }] });
    expect(broken.status).toBe(400);
    const huge = await me.request('POST', '/api/v1/me/import', {
      format: 'steady-export/1',
      urges: [{ ...urgeLike(), intensity: 2 ** 40 }],
    });
    expect(huge.status).toBeLessThan(500);
    expect((await me.request('GET', '/api/v1/urges')).body.items).toEqual([]);
  });
});

function urgeLike() {
  return {
    id: 'u-1',
    occurredAt: '2026-11-19T02:30:00.000Z',
    localDate: '2026-11-19',
    intensity: 5,
    anxietyBefore: 5,
    triggers: ['silence'],
    wantedTo: null,
    action: 'delayed',
    delayMinutes: null,
    note: null,
    followUps: [],
    createdAt: '2026-11-19T02:30:00.000Z',
    updatedAt: '2026-11-19T02:30:00.000Z',
  };
}
