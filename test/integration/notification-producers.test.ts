import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../src/contracts/notifications/notifications.js';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { fakeChannels, subscription, type FakeChannels } from '../support/fake-channels.js';
import { linkedPair } from '../support/pair.js';

/** Every kind on with push, and these quiet hours. */
const settings = (quietHours: { start: string; end: string } | null) => ({
  kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { on: true, push: true, email: false }])),
  quietHours,
  dailyMax: 20,
  locale: 'en',
});

/** The same without the pair's check-in reminder, which has a file of its own and would speak up here too. */
const requestsOnly = (quietHours: { start: string; end: string } | null) => {
  const s = settings(quietHours);
  return { ...s, kinds: { ...s.kinds, 'check-in-window': { on: false, push: false, email: false } } };
};

describe.each(dialects())('what makes and cancels notifications, on %s', (kind) => {
  let h: Harness;
  let fake: FakeChannels;
  beforeAll(async () => {
    fake = fakeChannels();
    h = await harness(kind, { notificationChannels: fake });
  });
  afterAll(async () => h.close());

  /** What is planned for a person and not yet delivered, soonest first, read straight from the table. */
  const waiting = async (who: Client) =>
    h.database.db
      .selectFrom('notifications')
      .select(['kind', 'due_at', 'link', 'about'])
      .where('user_id', '=', who.user.id)
      .where('delivered_at', 'is', null)
      .orderBy('due_at')
      .execute();

  const logUrge = (who: Client, extra: Record<string, unknown> = {}) =>
    who.request('POST', '/api/v1/urges', {
      occurredAt: h.clock.now.toISOString(),
      intensity: 6,
      anxietyBefore: 7,
      triggers: [],
      action: 'soothed',
      note: 'private-note-words',
      ...extra,
    });

  it('makes exactly two follow-ups for an urge that asks for them, at the right instants in the person’s zone across a clock change', async () => {
    // New York springs forward at 07:00 UTC on 8 March 2026 (02:00 EST becomes 03:00 EDT).
    h.clock.now = new Date('2026-03-08T06:20:00.000Z'); // 01:20 EST
    const me = await signup(h.app, { timeZone: 'America/New_York', region: 'US' });
    await me.request('PUT', '/api/v1/notifications/settings', settings({ start: '01:30', end: '03:30' }));
    const urge = await logUrge(me, { followUpReminders: true });
    expect(urge.status, JSON.stringify(urge.body)).toBe(201);
    const id = urge.body.urge.id;
    expect(await waiting(me)).toEqual([
      // +30 min is 01:50 EST, inside the quiet hours: moved to 03:30 EDT, 07:30 UTC (not 08:30, as a fixed -5 would say).
      { kind: 'urge-follow-up', due_at: '2026-03-08T07:30:00.000Z', link: `/urges/${id}`, about: id },
      // +2 h is 04:20 EDT, after them: left as it is.
      { kind: 'urge-follow-up', due_at: '2026-03-08T08:20:00.000Z', link: `/urges/${id}`, about: id },
    ]);

    // The first rating answers the first reminder; the two-hour one still comes.
    const rated = await me.request('POST', `/api/v1/urges/${id}/follow-ups`, { minutesAfter: 30, anxiety: 4 });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    expect((await waiting(me)).map((n) => n.due_at)).toEqual(['2026-03-08T08:20:00.000Z']);

    expect((await me.request('DELETE', `/api/v1/urges/${id}`)).status).toBe(204);
    expect(await waiting(me)).toEqual([]);
  });

  it('makes follow-ups only when asked, even with every kind off, and none for moments already gone by', async () => {
    h.clock.now = new Date('2026-06-01T12:00:00.000Z');
    const me = await signup(h.app);
    await logUrge(me);
    expect(await waiting(me)).toEqual([]);
    await logUrge(me, { followUpReminders: false });
    expect(await waiting(me)).toEqual([]);
    // Defaults: every kind off, but the checkbox on the urge asks for these two.
    await logUrge(me, { followUpReminders: true });
    expect((await waiting(me)).map((n) => n.due_at)).toEqual(['2026-06-01T12:30:00.000Z', '2026-06-01T14:00:00.000Z']);
    // Logged an hour late: only the two-hour check-in is still ahead.
    const other = await signup(h.app);
    await logUrge(other, { followUpReminders: true, occurredAt: '2026-06-01T11:00:00.000Z' });
    expect((await waiting(other)).map((n) => n.due_at)).toEqual(['2026-06-01T13:00:00.000Z']);
  });

  it('moves one due in quiet hours to the end of the window, in the person’s zone', async () => {
    h.clock.now = new Date('2026-06-01T20:50:00.000Z'); // 21:50 in London (BST)
    const me = await signup(h.app, { timeZone: 'Europe/London' });
    await me.request('PUT', '/api/v1/notifications/settings', settings({ start: '22:00', end: '08:00' }));
    await logUrge(me, { followUpReminders: true });
    // 22:20 and 23:50 BST both wait for 08:00 BST the next morning.
    expect((await waiting(me)).map((n) => n.due_at)).toEqual(['2026-06-02T07:00:00.000Z', '2026-06-02T07:00:00.000Z']);
  });

  it('delivers a follow-up when it is due, once, with Steady’s own words and a link, never the note', async () => {
    h.clock.now = new Date('2026-06-03T12:00:00.000Z');
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settings(null));
    const device = subscription(`fu-${me.user.id}`);
    await me.request('POST', '/api/v1/push/subscriptions', device);
    const urge = await logUrge(me, { followUpReminders: true });
    const mine = () => fake.pushes.filter((p) => p.target.endpoint === device.endpoint);
    h.clock.advance(29 * 60_000);
    await h.app.notifications.scheduler.runDue();
    expect(mine()).toHaveLength(0);
    h.clock.advance(60_000);
    await h.app.notifications.scheduler.runDue();
    await h.app.notifications.scheduler.runDue();
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.payload).toMatchObject({
      kind: 'urge-follow-up',
      link: `/urges/${urge.body.urge.id}`,
      title: 'A moment to check in',
    });
    expect(JSON.stringify(mine()[0]!.payload)).not.toContain('private-note-words');
    const inbox = await me.request('GET', '/api/v1/notifications');
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'urge-follow-up', readAt: null, deliveredAt: h.clock.now.toISOString() });
  });

  it('tells the partner who turned it on that a request came, by name only, and cancels it once answered', async () => {
    h.clock.now = new Date('2026-06-04T12:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const device = subscription(`req-${b.user.id}`);
    await b.request('POST', '/api/v1/push/subscriptions', device);
    // Partner requests off (the default): nothing is made.
    const quiet = await a.request('POST', '/api/v1/pair/requests', { context: 'secret-context-one' });
    expect(quiet.status, JSON.stringify(quiet.body)).toBe(201);
    expect(await waiting(b)).toEqual([]);
    await b.request('POST', `/api/v1/pair/requests/${quiet.body.request?.id ?? quiet.body.id}/respond`, { response: 'accept' });

    await b.request('PUT', '/api/v1/notifications/settings', requestsOnly(null));
    // One request a day outside check-ins, as the pair's default agreement says.
    h.clock.advance(86_400_000);
    const sent = await a.request('POST', '/api/v1/pair/requests', { context: 'secret-context-two' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    await h.app.notifications.scheduler.runDue();
    const pushed = fake.pushes.filter((p) => p.target.endpoint === device.endpoint);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.payload).toMatchObject({ kind: 'partner-request', body: 'Sam sent a request.', link: '/pair/requests' });
    expect(JSON.stringify(pushed[0]!.payload)).not.toContain('secret-context');
    const inbox = await b.request('GET', '/api/v1/notifications');
    expect(inbox.body.items[0]).toMatchObject({ kind: 'partner-request', partnerName: 'Sam' });
    expect((await a.request('GET', '/api/v1/notifications')).body.items).toEqual([]);

    // One that waits for the end of the quiet hours is cancelled when answered before then.
    await b.request('PUT', '/api/v1/notifications/settings', requestsOnly({ start: '00:00', end: '23:59' }));
    h.clock.advance(86_400_000);
    const later = await a.request('POST', '/api/v1/pair/requests', { context: 'secret-context-three' });
    const laterId = later.body.request?.id ?? later.body.id;
    expect((await waiting(b)).map((n) => n.about)).toEqual([laterId]);
    const answered = await b.request('POST', `/api/v1/pair/requests/${laterId}/respond`, { response: 'accept' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(await waiting(b)).toEqual([]);
  });

  it('says a drafted message’s pause is over when it ends, unless it was decided or deleted first', async () => {
    h.clock.now = new Date('2026-06-05T12:00:00.000Z');
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settings(null));
    const draft = await me.request('POST', '/api/v1/drafts', { text: 'draft-secret-words', feeling: 'worried', coolDownMinutes: 20 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const id = draft.body.draft.id;
    expect(await waiting(me)).toEqual([
      { kind: 'draft-pause-ended', due_at: '2026-06-05T12:20:00.000Z', link: '/pause-message', about: id },
    ]);
    expect((await me.request('POST', `/api/v1/drafts/${id}/resolve`, { outcome: 'discarded' })).status).toBe(200);
    expect(await waiting(me)).toEqual([]);

    const second = await me.request('POST', '/api/v1/drafts', { text: 'draft-secret-words', feeling: 'worried', coolDownMinutes: 20 });
    expect(await waiting(me)).toHaveLength(1);
    expect((await me.request('DELETE', `/api/v1/drafts/${second.body.draft.id}`)).status).toBe(204);
    expect(await waiting(me)).toEqual([]);
  });
});
