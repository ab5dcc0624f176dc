import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

const signals = async (c: Client) => (await c.request('GET', '/api/v1/support-signals')).body;
const addPerson = async (c: Client, name: string, rhythmDays?: number) =>
  (await c.request('POST', '/api/v1/people', { name, contexts: ['friends'], closeness: 'close', ...(rhythmDays && { rhythmDays }) })).body
    .person.id as string;
async function logContact(c: Client, personId: string, occurredAt: string) {
  const res = await c.request('POST', '/api/v1/interactions', {
    personIds: [personId],
    occurredAt,
    channel: 'call',
    initiatedBy: 'me',
    warmth: 4,
    support: 3,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

describe.each(dialects())('support signals from loneliness and the social map on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('suggests support and adding one person when recent answers say alone and the map is empty', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    const me = await signup(h.app);
    expect((await me.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [2, 2, 2] })).status).toBe(201);
    expect(await signals(me)).toMatchObject({ suggestSupport: true, reasons: [{ code: 'lonely-thin-map', figure: null }] });
    expect((await signals(me)).smallStep).toEqual({ kind: 'add-someone' });
  });

  it('names the person the reach-out list puts first, and goes quiet once the map is full and lively', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    const me = await signup(h.app);
    await me.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [3, 2, 3] });
    const ana = await addPerson(me, 'Ana', 7);
    await logContact(me, ana, '2026-10-10T18:00:00.000Z'); // longer ago than this month
    const got = await signals(me);
    expect(got.smallStep).toEqual({ kind: 'reach-out', personId: ana, name: 'Ana' });
    expect(JSON.stringify(got.reasons)).not.toMatch(/UCLA|\b8\b/);

    const luis = await addPerson(me, 'Luis');
    await addPerson(me, 'Marta');
    await logContact(me, luis, '2026-11-15T18:00:00.000Z');
    expect((await signals(me)).smallStep).not.toBeNull(); // three people, one contact this month: still thin
    await logContact(me, ana, '2026-11-20T18:00:00.000Z');
    expect(await signals(me)).toEqual({ suggestSupport: false, reasons: [], smallStep: null });
  });

  it('reads neither low nor old answers as alone, and keeps one person’s map out of another’s signals', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    const me = await signup(h.app);
    h.clock.now = new Date('2026-08-01T10:00:00.000Z'); // answered months ago
    expect((await me.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [3, 3, 3] })).status).toBe(201);
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    expect((await signals(me)).smallStep).toBeNull();
    await me.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [1, 2, 1] });
    expect((await signals(me)).reasons).toEqual([]);

    const other = await signup(h.app);
    await other.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [3, 3, 3] });
    await addPerson(me, 'Someone only I know', 7);
    expect((await signals(other)).smallStep).toEqual({ kind: 'add-someone' });
  });
});
