import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../src/contracts/notifications/notifications.js';
import { harness, PASSWORD, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { fakeChannels, subscription, type FakeChannels } from '../support/fake-channels.js';
import { linkedPair } from '../support/pair.js';

/** Only the check-in window on (with push), no quiet hours. */
const onlyCheckIns = (on: boolean) => ({
  kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { on: on && k === 'check-in-window', push: true, email: false }])),
  quietHours: null,
  dailyMax: 20,
  locale: 'en',
});

const terms = (checkInRule: string) => ({
  checkInRule,
  checkInMinutes: 15,
  timeZone: 'Europe/London',
  dailyRequestCap: 1,
  requestTemplate: 'Could we talk about this for a moment?',
  acknowledgmentTemplate: 'I hear you.',
});

describe.each(dialects())('the check-in window reminder, on %s', (kind) => {
  let h: Harness;
  let fake: FakeChannels;
  beforeAll(async () => {
    fake = fakeChannels();
    h = await harness(kind, { notificationChannels: fake });
  });
  afterAll(async () => h.close());

  const waiting = async (who: Client) =>
    h.database.db
      .selectFrom('notifications')
      .select(['kind', 'due_at', 'link'])
      .where('user_id', '=', who.user.id)
      .where('delivered_at', 'is', null)
      .orderBy('due_at')
      .execute();

  it('plans the next opening for the partner who turned it on, one at a time, and re-plans when the agreement changes', async () => {
    // 12:00 in London (BST); the default rhythm is every day at 20:00 in the inviter's zone.
    h.clock.now = new Date('2026-06-10T11:00:00.000Z');
    const { a, b } = await linkedPair(h);
    expect(await waiting(b)).toEqual([]);
    expect((await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true))).status).toBe(200);
    const tonight = { kind: 'check-in-window', due_at: '2026-06-10T19:00:00.000Z', link: '/pair/check-in' };
    expect(await waiting(b)).toEqual([tonight]);
    // Saving again changes nothing: still one.
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    expect(await waiting(b)).toEqual([tonight]);
    // The partner who did not turn it on gets none.
    expect(await waiting(a)).toEqual([]);

    const proposed = await a.request('PUT', '/api/v1/pair/agreement', terms('FREQ=DAILY;BYHOUR=9;BYMINUTE=30'));
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    // Only a proposal: the rhythm in force is still tonight's.
    expect(await waiting(b)).toEqual([tonight]);
    const accepted = await b.request('POST', '/api/v1/pair/agreement/accept', { version: proposed.body.version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(await waiting(b)).toEqual([{ ...tonight, due_at: '2026-06-11T08:30:00.000Z' }]);

    // Turned off: nothing waits.
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(false));
    expect(await waiting(b)).toEqual([]);
  });

  it('delivers at the opening with no private words, then plans the next one', async () => {
    h.clock.now = new Date('2026-06-12T11:00:00.000Z');
    const { b } = await linkedPair(h);
    const device = subscription(`ciw-${b.user.id}`);
    await b.request('POST', '/api/v1/push/subscriptions', device);
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    h.clock.now = new Date('2026-06-12T19:00:00.000Z');
    await h.app.notifications.scheduler.runDue();
    await h.app.notifications.scheduler.runDue();
    const pushed = fake.pushes.filter((p) => p.target.endpoint === device.endpoint);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.payload).toMatchObject({ kind: 'check-in-window', title: 'Check-in time', link: '/pair/check-in' });
    expect(await waiting(b)).toEqual([{ kind: 'check-in-window', due_at: '2026-06-13T19:00:00.000Z', link: '/pair/check-in' }]);
  });

  it('cancels the waiting one when that check-in is held, and plans the one after it', async () => {
    h.clock.now = new Date('2026-06-14T18:30:00.000Z');
    const { a, b } = await linkedPair(h);
    await a.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    expect((await waiting(a)).map((n) => n.due_at)).toEqual(['2026-06-14T19:00:00.000Z']);
    const next = await a.request('GET', '/api/v1/pair/check-ins/next');
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    const done = await a.request('POST', `/api/v1/pair/check-ins/${next.body.id}/complete`, {
      discussedTopicIds: [],
      notes: 'private-notes',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    for (const who of [a, b]) expect((await waiting(who)).map((n) => n.due_at)).toEqual(['2026-06-15T19:00:00.000Z']);
  });

  it('cancels what waits for both when the pair ends, and plans for one who was waiting when they link', async () => {
    h.clock.now = new Date('2026-06-16T11:00:00.000Z');
    const { a, b } = await linkedPair(h);
    await a.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    expect(await waiting(a)).toHaveLength(1);
    const left = await a.request('DELETE', '/api/v1/pair', { password: PASSWORD });
    expect(left.status, JSON.stringify(left.body)).toBe(204);
    expect(await waiting(a)).toEqual([]);
    expect(await waiting(b)).toEqual([]);

    // Linking again, with the kind already on: the next opening is planned for both.
    const invite = await a.request('POST', '/api/v1/pair/invitations');
    expect((await b.request('POST', '/api/v1/pair/join', { code: invite.body.code })).status).toBe(201);
    for (const who of [a, b]) expect((await waiting(who)).map((n) => n.due_at)).toEqual(['2026-06-16T19:00:00.000Z']);
  });

  it('cancels what waits for the partner left behind when the other deletes their account', async () => {
    h.clock.now = new Date('2026-06-18T11:00:00.000Z');
    const { a, b } = await linkedPair(h);
    await b.request('PUT', '/api/v1/notifications/settings', onlyCheckIns(true));
    expect(await waiting(b)).toHaveLength(1);
    const gone = await a.request('DELETE', '/api/v1/me', { password: PASSWORD });
    expect(gone.status, JSON.stringify(gone.body)).toBe(204);
    expect(await waiting(b)).toEqual([]);
  });
});
