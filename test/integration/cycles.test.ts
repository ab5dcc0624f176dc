import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const moment = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-20T21:00:00.000Z',
  stage: 'pursuit',
  actor: 'me',
  intensity: 6,
  ...over,
});

describe.each(dialects())('cycle events on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('logs, reads, edits and deletes a moment; private by default', async () => {
    const created = await me.request('POST', '/api/v1/cycle-events', moment({ triggers: ['Late reply'], note: 'I kept texting' }));
    expect(created.status).toBe(201);
    expect(created.body.event).toMatchObject({ stage: 'pursuit', actor: 'me', intensity: 6, triggers: ['late reply'], shared: false });
    expect(created.body.safety).toEqual({ crisis: false });
    const id = created.body.event.id;
    expect((await me.request('GET', `/api/v1/cycle-events/${id}`)).body.event.note).toBe('I kept texting');
    const edited = await me.request('PATCH', `/api/v1/cycle-events/${id}`, { stage: 'withdrawal', actor: 'partner' });
    expect(edited.body.event).toMatchObject({ stage: 'withdrawal', actor: 'partner', note: 'I kept texting' });
    expect((await me.request('GET', '/api/v1/cycle-events')).body.items.map((e: any) => e.id)).toContain(id);
    expect((await me.request('DELETE', `/api/v1/cycle-events/${id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/cycle-events/${id}`)).status).toBe(404);
  });

  it('answers a stranger and a missing id alike, 401 to anonymous, 400 naming the field', async () => {
    const id = (await me.request('POST', '/api/v1/cycle-events', moment())).body.event.id;
    for (const target of [id, MISSING]) {
      expect((await stranger.request('GET', `/api/v1/cycle-events/${target}`)).status).toBe(404);
      expect((await stranger.request('PATCH', `/api/v1/cycle-events/${target}`, { intensity: 1 })).status).toBe(404);
      expect((await stranger.request('DELETE', `/api/v1/cycle-events/${target}`)).status).toBe(404);
    }
    expect((await stranger.request('GET', '/api/v1/cycle-events')).body.items).toEqual([]);
    for (const [method, url] of [
      ['GET', '/api/v1/cycle-events'],
      ['POST', '/api/v1/cycle-events'],
      ['GET', `/api/v1/cycle-events/${id}`],
      ['GET', '/api/v1/insights/cycles'],
      ['GET', '/api/v1/pair/cycle-events'],
    ] as const) {
      expect((await h.app.inject({ method, url, payload: method === 'POST' ? moment() : undefined })).statusCode).toBe(401);
    }
    const bad = await me.request('POST', '/api/v1/cycle-events', moment({ stage: 'sulking', intensity: 11 }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['intensity', 'stage']);
  });

  it('shows crisis resources for a note that needs them, and keeps the note', async () => {
    const r = await me.request('POST', '/api/v1/cycle-events', moment({ note: 'everyone would be better off without me' }));
    expect(r.body.safety.crisis).toBe(true);
    expect(r.body.event.note).toBe('everyone would be better off without me');
  });

  it('detects complete cycles and the open one from the log', async () => {
    const person = await signup(h.app);
    const log = async (hour: number, stage: string, intensity = 5) =>
      person.request(
        'POST',
        '/api/v1/cycle-events',
        moment({ occurredAt: new Date(Date.UTC(2026, 10, 1, hour)).toISOString(), stage, intensity }),
      );
    await log(1, 'pursuit', 4);
    await log(2, 'withdrawal', 8);
    await log(3, 'reconnection', 2);
    await log(9, 'pursuit', 6);
    const insights = (await person.request('GET', '/api/v1/insights/cycles')).body;
    expect(insights.cycles).toEqual([
      { start: '2026-11-01T01:00:00.000Z', end: '2026-11-01T03:00:00.000Z', durationHours: 2, periodHours: 8, peakIntensity: 8 },
    ]);
    expect(insights.openCycle).toEqual({ start: '2026-11-01T09:00:00.000Z', state: 'pursuit', peakIntensity: 6 });
    expect(insights).toMatchObject({ escalating: false, reasons: [], trend: { period: null, intensity: null } });
    // Narrowed to before the second pursuit, the open cycle is gone.
    const early = (await person.request('GET', '/api/v1/insights/cycles?to=2026-11-01T05:00:00Z')).body;
    expect(early.openCycle).toBeNull();
    expect(early.cycles[0].periodHours).toBeNull();
  });

  it('shows the pair view only what each shared while in this pair, and nothing after unlinking', async () => {
    const { a, b } = await linkedPair(h);
    const heard: string[] = [];
    const stop = h.app.events.subscribe(b.user.id, (e) => heard.push(e.type));
    const shared = (await a.request('POST', '/api/v1/cycle-events', moment({ shared: true, note: 'private words' }))).body.event;
    await a.request('POST', '/api/v1/cycle-events', moment({ stage: 'withdrawal' }));
    // The partner's open pair view hears of the shared moment, and of nothing private.
    expect(heard).toEqual(['moment.shared']);
    stop();
    const theirs = (await b.request('POST', '/api/v1/cycle-events', moment({ stage: 'reconnection', shared: true }))).body.event;
    const seenByB = (await b.request('GET', '/api/v1/pair/cycle-events')).body.items;
    expect(seenByB.map((e: any) => [e.id, e.author]).sort()).toEqual(
      [
        [shared.id, 'partner'],
        [theirs.id, 'me'],
      ].sort(),
    );
    expect(JSON.stringify(seenByB)).not.toContain('private words');
    // The partner still cannot open the moment itself.
    expect((await b.request('GET', `/api/v1/cycle-events/${shared.id}`)).status).toBe(404);
    expect((await stranger.request('GET', '/api/v1/pair/cycle-events')).status).toBe(404);
    // Unsharing takes it out of the pair view.
    await a.request('PATCH', `/api/v1/cycle-events/${shared.id}`, { shared: false });
    expect((await b.request('GET', '/api/v1/pair/cycle-events')).body.items.map((e: any) => e.id)).toEqual([theirs.id]);
    await a.request('PATCH', `/api/v1/cycle-events/${shared.id}`, { shared: true });
    expect((await a.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    expect((await b.request('GET', '/api/v1/pair/cycle-events')).status).toBe(404);
    // A later partner never sees what was shared with an earlier one.
    const c = await signup(h.app);
    const code = (await a.request('POST', '/api/v1/pair/invitations')).body.code;
    expect((await c.request('POST', '/api/v1/pair/join', { code })).status).toBe(201);
    expect((await c.request('GET', '/api/v1/pair/cycle-events')).body.items).toEqual([]);
    // What a wrote stays in a's export.
    expect((await a.request('GET', '/api/v1/me/export')).body.cycleEvents.map((e: any) => e.id)).toContain(shared.id);
  });
});
