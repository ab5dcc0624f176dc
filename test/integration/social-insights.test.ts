import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';
import { seedInteraction, seedInvitation, seedPerson } from '../support/social-seed.js';

const q = (params: Record<string, string>) => `/api/v1/insights/social?${new URLSearchParams(params).toString()}`;

describe.each(dialects())('social insights on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    // The harness clock: Saturday 21 November 2026, 10:00 UTC (London is on UTC then, on BST in August).
    h = await harness(kind);
    me = await signup(h.app, { timeZone: 'Europe/London' });
    const id = me.user.id;
    const ana = await seedPerson(h, id, { name: 'Ana', contexts: ['family', 'friends'] });
    const bo = await seedPerson(h, id, { name: 'Bo', contexts: ['work'] });
    const cy = await seedPerson(h, id, { name: 'Cy' });
    const di = await seedPerson(h, id, { name: 'Di', contexts: ['friends'] });
    const log = (
      personIds: string[],
      occurredAt: string,
      over: Parameters<typeof seedInteraction>[2] extends infer T ? Partial<T> : never,
    ) => seedInteraction(h, id, { personIds, occurredAt, ...over });
    await log([ana], '2026-11-20T18:00:00.000Z', { channel: 'in-person', initiatedBy: 'me', warmth: 5, support: 4, gave: '' });
    await log([ana], '2026-11-19T18:00:00.000Z', { channel: 'call', initiatedBy: 'me', warmth: 4, support: 4, gave: 'groceries' });
    await log([ana, di], '2026-11-18T12:00:00.000Z', { channel: 'in-person', initiatedBy: 'mutual', warmth: 5, support: 5 });
    await log([bo], '2026-11-10T09:00:00.000Z', { channel: 'message', initiatedBy: 'them', warmth: 2, support: 3, received: '' });
    await log([ana], '2026-11-09T09:00:00.000Z', { channel: 'in-person', initiatedBy: 'me', warmth: 4, support: 3, gave: '' });
    await log([ana], '2026-11-02T09:00:00.000Z', { channel: 'in-person', initiatedBy: 'me', warmth: 5, support: 4, gave: '' });
    // 00:30 on Monday 31 August in London (BST): the first moment of the default period.
    await log([cy], '2026-08-30T23:30:00.000Z', { channel: 'video', initiatedBy: 'them', warmth: 3, support: 2 });
    // 23:30 on Sunday 30 August in London: just before it. And one at `to`, which is exclusive.
    await log([ana], '2026-08-30T22:30:00.000Z', { initiatedBy: 'them' });
    await log([ana], '2026-11-21T10:00:00.000Z', { initiatedBy: 'them' });
    for (const status of ['accepted', 'accepted', 'accepted', 'declined', 'no-answer', 'planned', 'sent']) {
      await seedInvitation(h, id, status, '2026-10-01T12:00:00.000Z', ana);
    }
    await seedInvitation(h, id, 'accepted', '2026-08-01T12:00:00.000Z');
  });
  afterAll(async () => h.close());

  it('counts the default 12 weeks exactly, in the person’s own weeks', async () => {
    const res = await me.request('GET', '/api/v1/insights/social');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.from).toBe('2026-08-30T23:00:00.000Z');
    expect(s.to).toBe('2026-11-21T10:00:00.000Z');
    expect(s.timeZone).toBe('Europe/London');

    expect(s.interactions).toMatchObject({ n: 7, minimum: 5, enoughData: true });
    expect(s.interactions.perWeek).toHaveLength(12);
    expect(s.interactions.perWeek[0]).toEqual({ weekStart: '2026-08-31', count: 1 });
    expect(s.interactions.perWeek.slice(-3)).toEqual([
      { weekStart: '2026-11-02', count: 1 },
      { weekStart: '2026-11-09', count: 2 },
      { weekStart: '2026-11-16', count: 3 },
    ]);
    expect(s.interactions.perWeek.reduce((a: number, w: { count: number }) => a + w.count, 0)).toBe(7);

    // Per person present: Ana (5) counts for family and friends, Di (1) for friends, Bo (1) for work.
    expect(s.breadth).toEqual({
      n: 12,
      minimum: 10,
      enoughData: true,
      contexts: 3,
      evenness: 0.836,
      byContext: [
        { context: 'friends', n: 6 },
        { context: 'family', n: 5 },
        { context: 'work', n: 1 },
      ],
    });

    expect(s.reciprocity).toMatchObject({
      n: 7,
      minimum: 5,
      enoughData: true,
      people: 4,
      initiated: { me: 4, them: 2, mutual: 1 },
      shares: { me: 0.571, them: 0.286, mutual: 0.143 },
      help: { gave: 4, received: 1 },
    });
    expect(s.reciprocity.oneSided.count).toBe(1);
    expect(s.reciprocity.oneSided.people).toHaveLength(1);
    expect(s.reciprocity.oneSided.people[0]).toMatchObject({ name: 'Ana', n: 5 });
    expect(s.reciprocity.oneSided.people[0].notes.map((n: { code: string }) => n.code)).toEqual(['mostly-me']);

    expect(s.invitations).toEqual({
      n: 7,
      minimum: 5,
      enoughData: true,
      byStatus: { planned: 1, sent: 1, accepted: 3, declined: 1, 'no-answer': 1 },
      decided: 5,
      acceptanceRate: 0.6,
    });

    expect(s.warmth).toMatchObject({ n: 7, minimum: 5, enoughData: true });
    expect(s.warmth.byContext).toEqual([
      { context: 'friends', n: 6, enoughData: true, meanWarmth: 4.67, meanSupport: 4.17 },
      { context: 'family', n: 5, enoughData: true, meanWarmth: 4.6, meanSupport: 4 },
      { context: 'work', n: 1, enoughData: false, meanWarmth: null, meanSupport: null },
    ]);
    expect(s.warmth.byChannel).toEqual([
      { channel: 'in-person', n: 4, enoughData: false, meanWarmth: null, meanSupport: null },
      { channel: 'call', n: 1, enoughData: false, meanWarmth: null, meanSupport: null },
      { channel: 'message', n: 1, enoughData: false, meanWarmth: null, meanSupport: null },
      { channel: 'video', n: 1, enoughData: false, meanWarmth: null, meanSupport: null },
    ]);
  });

  it('narrows to a chosen period, and says "not enough data yet" below the minimums', async () => {
    const s = (await me.request('GET', q({ from: '2026-11-09T00:00:00Z', to: '2026-11-16T00:00:00Z' }))).body;
    expect(s.interactions).toEqual({ n: 2, minimum: 5, enoughData: false, perWeek: [{ weekStart: '2026-11-09', count: 2 }] });
    expect(s.breadth).toMatchObject({ n: 3, enoughData: false, contexts: 3, evenness: null });
    expect(s.reciprocity).toMatchObject({ n: 2, enoughData: false, shares: null, initiated: { me: 1, them: 1, mutual: 0 } });
    expect(s.reciprocity.oneSided).toEqual({ count: 0, people: [] });
    expect(s.invitations).toMatchObject({ n: 0, enoughData: false, decided: 0, acceptanceRate: null });
    expect(s.warmth.enoughData).toBe(false);

    const fresh = await signup(h.app);
    const empty = (await fresh.request('GET', '/api/v1/insights/social')).body;
    expect(empty.interactions.n).toBe(0);
    expect(empty.interactions.perWeek).toHaveLength(12);
    expect(empty.breadth).toMatchObject({ n: 0, contexts: 0, evenness: null, byContext: [] });
    expect(empty.warmth).toMatchObject({ n: 0, enoughData: false, byContext: [], byChannel: [] });
  });

  it('refuses a backwards, too long or malformed period with a 400 naming the field, and asks for a session', async () => {
    const backwards = await me.request('GET', q({ from: '2026-11-10T00:00:00Z', to: '2026-11-01T00:00:00Z' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'from', in: 'query' })]);
    const future = await me.request('GET', q({ from: '2027-01-01T00:00:00Z' }));
    expect(future.body.errors[0].field).toBe('from');
    const long = await me.request('GET', q({ from: '2023-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }));
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'from' });
    const bad = await me.request('GET', q({ to: 'yesterday' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('to');
    expect((await me.request('GET', q({ from: '2026-11-01T00:00:00Z', junk: '1' }))).status).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/insights/social' })).statusCode).toBe(401);
  });

  it('follows interactions written and moved through the API (links keep the interaction’s time)', async () => {
    const c = await signup(h.app, { timeZone: 'Europe/London' });
    const person = (await c.request('POST', '/api/v1/people', { name: 'Kai', contexts: ['neighbourhood'], closeness: 'new' })).body.person;
    const made = await c.request('POST', '/api/v1/interactions', {
      personIds: [person.id],
      occurredAt: '2026-11-17T08:00:00Z',
      channel: 'call',
      initiatedBy: 'them',
      warmth: 4,
      support: 4,
    });
    expect(made.status).toBe(201);
    const week = (s: { interactions: { perWeek: Array<{ weekStart: string; count: number }> } }, w: string) =>
      s.interactions.perWeek.find((x) => x.weekStart === w)?.count;
    let s = (await c.request('GET', '/api/v1/insights/social')).body;
    expect([week(s, '2026-11-16'), s.reciprocity.people, s.breadth.byContext]).toEqual([1, 1, [{ context: 'neighbourhood', n: 1 }]]);
    const moved = await c.request('PATCH', `/api/v1/interactions/${made.body.interaction.id}`, { occurredAt: '2026-10-06T08:00:00Z' });
    expect(moved.status).toBe(200);
    s = (await c.request('GET', '/api/v1/insights/social')).body;
    expect([week(s, '2026-11-16'), week(s, '2026-10-05'), s.reciprocity.people, s.breadth.n]).toEqual([0, 1, 1, 1]);

    // The links copy the interaction's figures: an edit that keeps who and when must reach them too.
    const id = made.body.interaction.id;
    expect((await c.request('PATCH', `/api/v1/interactions/${id}`, { initiatedBy: 'me', gave: true, warmth: 2 })).status).toBe(200);
    s = (await c.request('GET', '/api/v1/insights/social')).body;
    expect([s.reciprocity.initiated, s.reciprocity.help]).toEqual([
      { me: 1, them: 0, mutual: 0 },
      { gave: 1, received: 0 },
    ]);
    const r = (await c.request('GET', `/api/v1/people/${person.id}/reciprocity?from=2026-10-01T00:00:00Z`)).body;
    expect([r.initiated, r.help, r.meanWarmth]).toEqual([{ me: 1, them: 0, mutual: 0 }, { gave: 1, received: 0 }, 2]);
  });

  it('shows a partner or a stranger none of it', async () => {
    const { a, b } = await linkedPair(h);
    const p = await seedPerson(h, a.user.id, { name: 'Private Pat', contexts: ['friends'] });
    for (let i = 0; i < 6; i++)
      await seedInteraction(h, a.user.id, { personIds: [p], occurredAt: `2026-11-1${i}T12:00:00.000Z`, initiatedBy: 'me' });
    expect((await a.request('GET', '/api/v1/insights/social')).body.interactions.n).toBe(6);
    for (const other of [b, await signup(h.app)]) {
      const s = (await other.request('GET', '/api/v1/insights/social')).body;
      expect(s.interactions.n).toBe(0);
      expect(s.reciprocity.people).toBe(0);
      expect(JSON.stringify(s)).not.toContain('Pat');
    }
  });
});

function reachOutEvents(ics: string): Array<{ summary: string; date: string; transparent: boolean }> {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal
    .getAllSubcomponents('vevent')
    .filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('reach-out-'))
    .map((e) => {
      const ev = new ICAL.Event(e);
      return {
        summary: ev.summary,
        date: ev.startDate.toString(),
        transparent: e.getFirstPropertyValue('transp') === 'TRANSPARENT',
        allDay: ev.startDate.isDate && ev.endDate.toString() > ev.startDate.toString(),
      };
    })
    .map(({ summary, date, transparent, allDay }) => {
      expect(allDay).toBe(true);
      return { summary, date, transparent };
    })
    .sort((x, y) => (x.date < y.date ? -1 : 1));
}

describe.each(dialects())('rhythms in the calendar feed on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('is off until turned on; then each rhythm is a gentle all-day event on the day it comes round, never in the past', async () => {
    // No pair: the feed is per person, so someone on their own can subscribe for rhythms alone.
    const me = await signup(h.app, { timeZone: 'Europe/London' });
    const id = me.user.id;
    await seedPerson(h, id, { name: 'Ana', rhythmDays: 7, lastContactAt: '2026-11-20T18:00:00.000Z' });
    // Due 15 October, long gone by: comes round again on 26 November (three fortnights on).
    await seedPerson(h, id, { name: 'Bo', rhythmDays: 14, lastContactAt: '2026-10-01T09:00:00.000Z' });
    await seedPerson(h, id, { name: 'Zoë, the "bestie"; x', rhythmDays: 30, createdAt: '2026-11-10T09:00:00.000Z' });
    // Would come round tomorrow, but resting until 1 December.
    await seedPerson(h, id, {
      name: 'Fi',
      rhythmDays: 7,
      lastContactAt: '2026-11-01T12:00:00.000Z',
      snoozedUntil: '2026-12-01T00:00:00.000Z',
    });
    await seedPerson(h, id, { name: 'Eve', rhythmDays: null, lastContactAt: '2026-01-01T00:00:00.000Z' });

    expect((await me.request('GET', '/api/v1/social-settings')).body).toEqual({ rhythmsInCalendar: false, updatedAt: null });
    const path = new URL((await me.request('POST', '/api/v1/calendar/token')).body.url).pathname;
    const before = await h.app.inject({ method: 'GET', url: path });
    expect(before.statusCode).toBe(200);
    expect(reachOutEvents(before.body)).toEqual([]);
    expect(before.body).not.toContain('Ana');

    const put = await me.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: true });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ rhythmsInCalendar: true, updatedAt: h.clock.now.toISOString() });
    expect((await me.request('GET', '/api/v1/social-settings')).body.rhythmsInCalendar).toBe(true);

    const feed = (await h.app.inject({ method: 'GET', url: path })).body;
    expect(reachOutEvents(feed)).toEqual([
      { summary: 'Maybe reach out to Bo', date: '2026-11-26', transparent: true },
      { summary: 'Maybe reach out to Ana', date: '2026-11-27', transparent: true },
      { summary: 'Maybe reach out to Fi', date: '2026-12-01', transparent: true },
      { summary: 'Maybe reach out to Zoë, the "bestie"; x', date: '2026-12-10', transparent: true },
    ]);
    expect(feed).not.toMatch(/overdue/i);
    expect(feed).not.toContain('Eve');

    const exported = (await me.request('GET', '/api/v1/me/export')).body;
    expect(exported.socialSettings).toEqual({ rhythmsInCalendar: true, updatedAt: h.clock.now.toISOString() });

    await me.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: false });
    expect(reachOutEvents((await h.app.inject({ method: 'GET', url: path })).body)).toEqual([]);
  });

  it('keeps one person’s rhythms out of their partner’s feed, and checks its input', async () => {
    const { a, b } = await linkedPair(h);
    await seedPerson(h, a.user.id, { name: 'Secret Sam', rhythmDays: 7 });
    await a.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: true });
    await b.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: true });
    const bPath = new URL((await b.request('POST', '/api/v1/calendar/token')).body.url).pathname;
    expect((await h.app.inject({ method: 'GET', url: bPath })).body).not.toContain('Secret Sam');
    expect((await b.request('GET', '/api/v1/social-settings')).body.rhythmsInCalendar).toBe(true);

    const bad = await a.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('rhythmsInCalendar');
    expect((await a.request('PUT', '/api/v1/social-settings', { rhythmsInCalendar: true, extra: 1 })).status).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/social-settings' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'PUT', url: '/api/v1/social-settings', payload: { rhythmsInCalendar: true } })).statusCode).toBe(
      401,
    );
  });
});
