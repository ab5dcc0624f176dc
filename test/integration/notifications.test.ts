import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationSettings, NotificationsPage } from '../../src/contracts/notifications/notifications.js';
import { DeliveriesRepo } from '../../src/db/notifications/deliveries.repo.js';
import { openDatabase } from '../../src/db/database.js';
import { planNotifications } from '../../src/server/notifications/plan.js';
import { NotificationScheduler } from '../../src/server/notifications/scheduler.js';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { fakeChannels, subscription, type FakeChannels } from '../support/fake-channels.js';
import { linkedPair } from '../support/pair.js';

const allOn = (push: boolean, email = false) =>
  Object.fromEntries(
    [
      'urge-follow-up',
      'draft-pause-ended',
      'check-in-window',
      'partner-request',
      'weekly-review',
      'monthly-reflection',
      'reach-out',
      'invitation-waiting',
    ].map((k) => [k, { on: true, push, email }]),
  );

describe.each(dialects())('notifications on %s', (kind) => {
  let h: Harness;
  let fake: FakeChannels;
  beforeAll(async () => {
    fake = fakeChannels({ mail: true });
    h = await harness(kind, { notificationChannels: fake });
  });
  afterAll(async () => h.close());

  const settingsBody = (over: Record<string, unknown> = {}) => ({
    kinds: allOn(true),
    quietHours: { start: '22:00', end: '08:00' },
    dailyMax: 4,
    locale: 'en',
    ...over,
  });

  it('answers 401 to anyone signed out, on every route', async () => {
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/push/public-key'],
      ['POST', '/api/v1/push/subscriptions', subscription(1)],
      ['DELETE', `/api/v1/push/subscriptions?endpoint=${encodeURIComponent(subscription(1).endpoint)}`],
      ['GET', '/api/v1/notifications'],
      ['POST', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read'],
      ['POST', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/snooze', { minutes: 15 }],
      ['DELETE', '/api/v1/notifications/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/v1/notifications/settings'],
      ['PUT', '/api/v1/notifications/settings', settingsBody()],
      ['POST', '/api/v1/notifications/test'],
    ];
    for (const [method, url, body] of calls) {
      const res = await h.app.inject({ method: method as 'GET', url, ...(body !== undefined && { payload: body as object }) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('starts with everything off and quiet nights, saves the person’s choice, and shows it to nobody else', async () => {
    const { a, b } = await linkedPair(h);
    const first = await a.request('GET', '/api/v1/notifications/settings', undefined, { 'accept-language': 'es' });
    expect(first.status).toBe(200);
    const defaults = NotificationSettings.parse(first.body);
    expect(Object.values(defaults.kinds).every((k) => !k.on && !k.push && !k.email)).toBe(true);
    expect(defaults).toMatchObject({
      quietHours: { start: '22:00', end: '08:00' },
      dailyMax: 4,
      locale: 'es',
      emailAvailable: true,
      pushDevices: 0,
    });

    const put = await a.request('PUT', '/api/v1/notifications/settings', settingsBody({ quietHours: null, dailyMax: 7 }));
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ quietHours: null, dailyMax: 7, locale: 'en' });
    expect((await a.request('GET', '/api/v1/notifications/settings')).body).toEqual(put.body);

    // The partner sees their own defaults and cannot reach the other's.
    const theirs = await b.request('GET', '/api/v1/notifications/settings');
    expect(theirs.body.dailyMax).toBe(4);
    expect((await b.request('GET', `/api/v1/notifications/settings/${a.user.id}`)).status).toBe(404);
    expect((await a.request('GET', '/api/v1/notifications/settings')).body.dailyMax).toBe(7);
  });

  it('refuses settings that do not fit with a 400 naming the field', async () => {
    const me = await signup(h.app);
    for (const [body, field] of [
      [settingsBody({ dailyMax: 0 }), 'dailyMax'],
      [settingsBody({ quietHours: { start: '25:00', end: '08:00' } }), 'quietHours'],
      [settingsBody({ locale: 'fr' }), 'locale'],
      [{ ...settingsBody(), kinds: { ...allOn(true), 'urge-follow-up': { on: true } } }, 'kinds'],
    ] as const) {
      const res = await me.request('PUT', '/api/v1/notifications/settings', body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
  });

  it('keeps one subscription per device endpoint, refuses an endpoint it may not send to, and forgets it on request', async () => {
    const { a, b } = await linkedPair(h);
    expect((await a.request('GET', '/api/v1/push/public-key')).body).toEqual({ publicKey: 'BFakeVapidPublicKeyForTests' });
    const made = await a.request('POST', '/api/v1/push/subscriptions', subscription('a1'));
    expect(made.status).toBe(201);
    const again = await a.request('POST', '/api/v1/push/subscriptions', { ...subscription('a1'), keys: { p256dh: 'BNew', auth: 'new' } });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(made.body.id);
    expect((await a.request('GET', '/api/v1/notifications/settings')).body.pushDevices).toBe(1);

    const bad = await a.request('POST', '/api/v1/push/subscriptions', { ...subscription('x'), endpoint: 'http://push.example.org/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('endpoint');
    const notUrl = await a.request('POST', '/api/v1/push/subscriptions', { ...subscription('x'), endpoint: 'nope' });
    expect(notUrl.status).toBe(400);

    const del = (who: Client, endpoint: string) =>
      who.request('DELETE', `/api/v1/push/subscriptions?endpoint=${encodeURIComponent(endpoint)}`);
    expect((await del(b, subscription('a1').endpoint)).status).toBe(404);
    expect((await del(a, subscription('a1').endpoint)).status).toBe(204);
    expect((await del(a, subscription('a1').endpoint)).status).toBe(404);
    expect((await a.request('GET', '/api/v1/notifications/settings')).body.pushDevices).toBe(0);
  });

  it('sends a test to the inbox and every device at once, then reads, snoozes and dismisses it; the partner gets 404', async () => {
    const { a, b } = await linkedPair(h);
    await a.request('PUT', '/api/v1/notifications/settings', settingsBody({ kinds: allOn(true, true) }));
    await a.request('POST', '/api/v1/push/subscriptions', subscription('t1'));
    await a.request('POST', '/api/v1/push/subscriptions', subscription('t2'));
    const before = fake.pushes.length;
    const test = await a.request('POST', '/api/v1/notifications/test');
    expect(test.status).toBe(202);
    expect(test.body).toEqual({ channels: ['inbox', 'push', 'email'], pushDevices: 2 });
    const sent = fake.pushes.slice(before);
    expect(sent.map((p) => p.target.endpoint).sort()).toEqual([subscription('t1').endpoint, subscription('t2').endpoint]);
    expect(sent[0]!.payload).toMatchObject({ kind: 'test', link: '/settings', title: 'Steady is set up' });
    expect(fake.mails.at(-1)!.to).toBe(a.user.email);

    const inbox = NotificationsPage.parse((await a.request('GET', '/api/v1/notifications')).body);
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toHaveLength(1);
    const id = inbox.items[0]!.id;
    expect((await b.request('GET', '/api/v1/notifications')).body).toEqual({ items: [], nextCursor: null, unread: 0 });

    for (const [method, url, body] of [
      ['POST', `/api/v1/notifications/${id}/read`, undefined],
      ['POST', `/api/v1/notifications/${id}/snooze`, { minutes: 15 }],
      ['DELETE', `/api/v1/notifications/${id}`, undefined],
    ] as const) {
      expect((await b.request(method, url, body)).status, url).toBe(404);
    }

    const read = await a.request('POST', `/api/v1/notifications/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBe(h.clock.now.toISOString());
    expect((await a.request('GET', '/api/v1/notifications')).body.unread).toBe(0);

    const snoozed = await a.request('POST', `/api/v1/notifications/${id}/snooze`, { minutes: 60 });
    expect(snoozed.status).toBe(200);
    expect(snoozed.body).toMatchObject({ deliveredAt: null, dueAt: new Date(h.clock.now.getTime() + 3_600_000).toISOString() });
    expect((await a.request('GET', '/api/v1/notifications')).body.items).toHaveLength(0);
    expect((await a.request('POST', `/api/v1/notifications/${id}/snooze`, { minutes: 20 })).status).toBe(400);

    h.clock.advance(3_600_000);
    await h.app.notifications.scheduler.runDue();
    expect((await a.request('GET', '/api/v1/notifications')).body.items.map((n: { id: string }) => n.id)).toEqual([id]);

    expect((await a.request('DELETE', `/api/v1/notifications/${id}`)).status).toBe(204);
    expect((await a.request('DELETE', `/api/v1/notifications/${id}`)).status).toBe(404);
    expect((await a.request('POST', `/api/v1/notifications/${id}/read`)).status).toBe(404);
    expect((await a.request('GET', '/api/v1/notifications')).body).toEqual({ items: [], nextCursor: null, unread: 0 });
  });

  it('delivers what is due once, keeps the rest waiting, and pages the inbox newest first', async () => {
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settingsBody({ quietHours: null, dailyMax: 20 }));
    await me.request('POST', '/api/v1/push/subscriptions', subscription(`p-${me.user.id}`));
    const now = h.clock.now.getTime();
    const at = (min: number) => new Date(now + min * 60_000).toISOString();
    await h.database.transaction((trx) =>
      planNotifications(
        trx,
        [1, 2, 3, 90].map((m) => ({ userId: me.user.id, kind: 'reach-out' as const, dueAt: at(m), link: '/people', about: null })),
        h.clock.now.toISOString(),
      ),
    );
    const pushesTo = () => fake.pushes.filter((p) => p.target.endpoint === subscription(`p-${me.user.id}`).endpoint).length;
    h.clock.advance(5 * 60_000);
    await h.app.notifications.scheduler.runDue();
    await h.app.notifications.scheduler.runDue();
    expect(pushesTo()).toBe(3);
    const page1 = await me.request('GET', '/api/v1/notifications?limit=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.unread).toBe(3);
    const page2 = await me.request('GET', `/api/v1/notifications?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    expect((await me.request('GET', '/api/v1/notifications?cursor=bad')).status).toBe(400);
  });

  it('keeps to the daily maximum: the rest reach the inbox without a sound', async () => {
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settingsBody({ quietHours: null, dailyMax: 2 }));
    const endpoint = subscription(`max-${me.user.id}`);
    await me.request('POST', '/api/v1/push/subscriptions', endpoint);
    const now = h.clock.now.toISOString();
    await h.database.transaction((trx) =>
      planNotifications(
        trx,
        [0, 1, 2, 3].map(() => ({ userId: me.user.id, kind: 'reach-out' as const, dueAt: now, link: null, about: null })),
        now,
      ),
    );
    await h.app.notifications.scheduler.runDue();
    expect(fake.pushes.filter((p) => p.target.endpoint === endpoint.endpoint)).toHaveLength(2);
    expect((await me.request('GET', '/api/v1/notifications')).body.items).toHaveLength(4);
  });

  it('forgets a device the push service says is gone, and tries a "later" answer again, a bounded number of times', async () => {
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settingsBody({ quietHours: null, dailyMax: 20 }));
    const gone = subscription(`gone-${me.user.id}`);
    const later = subscription(`later-${me.user.id}`);
    await me.request('POST', '/api/v1/push/subscriptions', gone);
    await me.request('POST', '/api/v1/push/subscriptions', later);
    fake.answer.set(gone.endpoint, 'gone');
    fake.answer.set(later.endpoint, 'retry');
    const now = h.clock.now.toISOString();
    const [id] = await h.database.transaction((trx) =>
      planNotifications(trx, [{ userId: me.user.id, kind: 'reach-out', dueAt: now, link: null, about: null }], now),
    );
    await h.app.notifications.scheduler.runDue();
    expect((await me.request('GET', '/api/v1/notifications/settings')).body.pushDevices).toBe(1);
    const tries = () => fake.pushes.filter((p) => p.target.endpoint === later.endpoint).length;
    expect(tries()).toBe(1);
    // Not before its wait is over.
    await h.app.notifications.scheduler.runDue();
    expect(tries()).toBe(1);
    for (let i = 0; i < 6; i++) {
      h.clock.advance(31 * 60_000);
      await h.app.notifications.scheduler.runDue();
    }
    expect(tries()).toBe(4);
    const rows = await new DeliveriesRepo(h.database.db, h.database.kind).ofNotification(id!);
    expect(rows).toEqual([{ channel: 'push', state: 'failed', attempts: 4 }]);
  });

  it('gives each due notification to one of two schedulers claiming at the same moment', async () => {
    // On PostgreSQL a second Database is a second pool, as a second server would have; SQLite has one writer.
    const second =
      h.database.kind === 'postgres'
        ? openDatabase({ url: process.env.TEST_DATABASE_URL!, schema: h.database.schema!, poolSize: 4 })
        : h.database;
    try {
      const people = await Promise.all(Array.from({ length: 6 }, () => signup(h.app)));
      const now = h.clock.now.toISOString();
      for (const p of people) {
        await p.request('PUT', '/api/v1/notifications/settings', settingsBody({ quietHours: null, dailyMax: 20 }));
        await p.request('POST', '/api/v1/push/subscriptions', subscription(`race-${p.user.id}`));
      }
      await h.database.transaction((trx) =>
        planNotifications(
          trx,
          people.flatMap((p) =>
            Array.from({ length: 10 }, () => ({ userId: p.user.id, kind: 'reach-out' as const, dueAt: now, link: null, about: null })),
          ),
          now,
        ),
      );
      const log = h.app.log;
      const make = (database: typeof h.database | typeof second) =>
        new NotificationScheduler({ database, clock: () => h.clock.now, channels: fake, log, batch: 7 });
      const before = fake.pushes.length;
      const [x, y] = await Promise.all([make(h.database).runDue(), make(second).runDue()]);
      expect(x.delivered + y.delivered).toBe(60);
      const ids = fake.pushes.slice(before).map((p) => p.payload.id);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
    } finally {
      if (second !== h.database) await second.close();
    }
  });

  it('exports the settings but no device addresses or keys, and deleting the account removes every row', async () => {
    const me = await signup(h.app);
    await me.request('PUT', '/api/v1/notifications/settings', settingsBody({ dailyMax: 3 }));
    await me.request('POST', '/api/v1/push/subscriptions', subscription(`exp-${me.user.id}`));
    await me.request('POST', '/api/v1/notifications/test');
    const exported = await me.request('GET', '/api/v1/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.notificationSettings).toMatchObject({ dailyMax: 3, locale: 'en' });
    const text = JSON.stringify(exported.body);
    expect(text).not.toContain(subscription(`exp-${me.user.id}`).endpoint);
    expect(text).not.toContain(`BKeyexp-${me.user.id}`);

    // Brought into another account with no choices of its own, the settings come along; never the devices.
    const other = await signup(h.app);
    const imported = await other.request('POST', '/api/v1/me/import', exported.body);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect((await other.request('GET', '/api/v1/notifications/settings')).body).toMatchObject({ dailyMax: 3, pushDevices: 0 });

    const count = async (table: 'notifications' | 'push_subscriptions' | 'notification_settings') =>
      Number(
        (
          await h.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('user_id', '=', me.user.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('notifications')).toBe(1);
    expect((await me.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    for (const table of ['notifications', 'push_subscriptions', 'notification_settings'] as const)
      expect(await count(table), table).toBe(0);
  });
});
