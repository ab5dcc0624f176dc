import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { listAll, signUpQuickly } from './support/people.js';
import { untilServiceWorkerControls } from './support/service-worker.js';
import { NotificationPages } from './pages/NotificationPages.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { UrgePages } from './pages/UrgePages.js';

// RFC 8291 decryption, from the library web-push itself encrypts with (it ships no types).
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }) => Buffer;
};

interface PushPayload {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

/**
 * A push service of our own on 127.0.0.1, standing in for the browser vendor's: Chromium here has
 * no vendor push service to reach, so the browser's subscription is a stand-in too (below), with
 * real keys made here. The server encrypts to those keys exactly as it would for a real browser;
 * this service keeps each message and decrypts it with the subscription's private key.
 */
async function localPushService() {
  const received: Buffer[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks));
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const subscription = {
    endpoint: `http://127.0.0.1:${port}/push/${randomBytes(8).toString('hex')}`,
    p256dh: ecdh.getPublicKey('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
  return {
    subscription,
    received,
    payload: (n: number): PushPayload =>
      JSON.parse(
        ece.decrypt(received[n]!, { version: 'aes128gcm', privateKey: ecdh, authSecret: subscription.auth }).toString('utf8'),
      ) as PushPayload,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The stand-in for `pushManager.subscribe` in the page (never in the service worker): it answers
 * with a subscription pointing at the local push service, and notes the applicationServerKey the
 * app passed, so the test can check it is the server's VAPID key. Everything else (the permission
 * prompt, the app's calls, the server's encryption and sending) is the real path.
 */
async function standInForSubscribe(context: BrowserContext, sub: { endpoint: string; p256dh: string; auth: string }) {
  await context.addInitScript((s) => {
    // Kept across page loads, as a browser keeps its subscription: the key the app subscribed with.
    const STORE = 'steady-test-push';
    const w = window as unknown as { steadyTestPushKey?: string | null };
    const made = () =>
      ({
        endpoint: s.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true },
        getKey: () => null,
        toJSON: () => ({ endpoint: s.endpoint, expirationTime: null, keys: { p256dh: s.p256dh, auth: s.auth } }),
        unsubscribe: async () => {
          localStorage.removeItem(STORE);
          return true;
        },
      }) as unknown as PushSubscription;
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      const bytes =
        key instanceof ArrayBuffer ? new Uint8Array(key) : key ? new Uint8Array((key as ArrayBufferView).buffer) : new Uint8Array();
      const base64url = btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      localStorage.setItem(STORE, base64url);
      w.steadyTestPushKey = base64url;
      return made();
    };
    PushManager.prototype.getSubscription = async function () {
      return localStorage.getItem(STORE) === null ? null : made();
    };
  }, sub);
}

/** What the service worker has on screen, read through its registration from the page. */
function shownNotifications(page: Page) {
  return page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      data: n.data as unknown,
    })),
  );
}

async function csrfOf(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/session');
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function sendTest(page: Page): Promise<void> {
  const res = await page.request.post('/api/v1/notifications/test', { headers: { 'x-csrf-token': await csrfOf(page) } });
  expect(res.status()).toBe(202);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * A push as a push service delivers it, through the DevTools protocol, resolved once the worker's
 * showNotification has: only then may the test read what is on screen. Chromium's getNotifications()
 * deletes from its store every notification the platform does not yet report as displayed, unless it
 * was created after the read began (DoReadAllNotificationDataForServiceWorkerRegistration in
 * content/browser/notifications/platform_notification_context_impl.cc). A read that falls between
 * the worker's write and the display drops the notification for good: every later read lists
 * nothing. Polling while a push is being shown lost one that way about one run in four under load.
 * The worker keeps the patch below for its whole life: Chromium never stops an idle worker while
 * DevTools (Playwright) is attached to it.
 */
async function pushInto(page: Page, context: BrowserContext, origin: string) {
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: { registrationId: string; isDeleted: boolean }[] }) => {
      const live = e.registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registration;
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => {
    const scope = globalThis as unknown as { registration: ServiceWorkerRegistration; steadyTestShown?: number };
    if (scope.steadyTestShown !== undefined) return;
    scope.steadyTestShown = 0;
    // The worker's self.registration is one object for its life, so the push handler calls this one.
    const own = scope.registration;
    const show = own.showNotification.bind(own);
    own.showNotification = async (...args) => {
      await show(...args);
      scope.steadyTestShown! += 1;
    };
  });
  const shownSoFar = () => worker!.evaluate(() => (globalThis as unknown as { steadyTestShown: number }).steadyTestShown);
  return async (payload: PushPayload) => {
    const before = await shownSoFar();
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data: JSON.stringify(payload) });
    await expect.poll(shownSoFar).toBe(before + 1);
  };
}

/**
 * A tap: the worker's own click handler (the one its notificationclick listener calls), run in
 * the worker on the notification it shows. A tap by hand cannot be made in a headless browser.
 */
async function tapShown(context: BrowserContext) {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async () => {
    const scope = globalThis as unknown as {
      registration: ServiceWorkerRegistration;
      openFromNotification: (n: Notification) => Promise<unknown>;
    };
    const [shown] = await scope.registration.getNotifications();
    if (!shown) throw new Error('no notification on screen');
    await scope.openFromNotification(shown);
  });
}

test('Settings asks for permission and subscribes; a push is shown by the service worker and a tap opens its screen', async ({
  page,
  context,
  baseURL,
}) => {
  const push = await localPushService();
  try {
    await context.grantPermissions(['notifications'], { origin: baseURL! });
    await standInForSubscribe(context, push.subscription);
    await signUpQuickly(page);
    await untilServiceWorkerControls(page, '/settings');
    const n = new NotificationPages(page);
    await n.openReminderSettings();

    // Nothing is on by default.
    for (const box of await n.reminders.getByRole('checkbox', { name: 'On' }).all()) await expect(box).not.toBeChecked();
    await expect(n.reminders.getByRole('checkbox', { name: 'Keep quiet hours' })).toBeChecked();
    await expect(n.reminders.getByText('This device doesn’t show notifications from Steady.')).toBeVisible();
    await n.reminders.getByRole('button', { name: 'Get these on this device' }).click();
    await expect(n.reminders.getByText('Done. This device will show your reminders.')).toBeVisible();
    await expect(n.reminders.getByRole('button', { name: 'Stop on this device' })).toBeVisible();

    const key = ((await (await page.request.get('/api/v1/push/public-key')).json()) as { publicKey: string }).publicKey;
    expect(await page.evaluate(() => (window as unknown as { steadyTestPushKey?: string }).steadyTestPushKey)).toBe(key);
    const settings = async () => (await (await page.request.get('/api/v1/notifications/settings')).json()) as { pushDevices: number };
    expect((await settings()).pushDevices).toBe(1);
    await n.chooseWithPush('A request from your partner');

    // A message as a push service delivers it, through the DevTools protocol.
    const deliver = await pushInto(page, context, new URL(baseURL!).origin);
    // A real reminder in the inbox stands behind it, so the tap has one to mark read.
    await sendTest(page);
    const [delivered] = await listAll<{ id: string; readAt: string | null }>(page.request, '/api/v1/notifications');
    const first = {
      id: delivered!.id,
      kind: 'test',
      title: 'A test from Steady',
      body: 'It reaches you.',
      link: '/settings',
    };
    await deliver(first);
    expect(await shownNotifications(page)).toEqual([
      { title: first.title, body: first.body, tag: first.id, data: { id: first.id, link: '/settings' } },
    ]);
    // Sent again under the same id, it replaces the one on screen rather than adding a second.
    const again = { ...first, kind: 'urge-follow-up', title: 'A gentle check-in', body: 'How does it feel now?', link: '/urges' };
    await deliver(again);
    expect(await shownNotifications(page)).toEqual([
      { title: again.title, body: again.body, tag: first.id, data: { id: first.id, link: '/urges' } },
    ]);

    // The tap: the open Steady window goes to the link, and the notification is closed.
    await tapShown(context);
    await expect(page).toHaveURL(/\/urges$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Urges you noticed' })).toBeVisible();
    await expect.poll(() => shownNotifications(page)).toEqual([]);
    await expect
      .poll(async () => (await listAll<{ id: string; readAt: string | null }>(page.request, '/api/v1/notifications'))[0]?.readAt ?? null)
      .not.toBeNull();

    // Stopping on this device tells the server.
    await n.openReminderSettings();
    await n.reminders.getByRole('button', { name: 'Stop on this device' }).click();
    await expect(n.reminders.getByText('This device won’t show notifications any more.')).toBeVisible();
    expect((await settings()).pushDevices).toBe(0);
  } finally {
    await push.close();
  }
});

test('“Send me a test” reaches the local push service encrypted, and that message is what the worker shows', async ({
  page,
  context,
  baseURL,
}) => {
  const push = await localPushService();
  try {
    await context.grantPermissions(['notifications'], { origin: baseURL! });
    await standInForSubscribe(context, push.subscription);
    await signUpQuickly(page);
    await untilServiceWorkerControls(page, '/settings');
    const n = new NotificationPages(page);
    await n.openReminderSettings();
    await n.reminders.getByRole('button', { name: 'Get these on this device' }).click();
    await expect(n.reminders.getByText('Done. This device will show your reminders.')).toBeVisible();

    await n.reminders.getByRole('button', { name: 'Send me a test' }).click();
    await expect(n.reminders.getByText('A test is on its way to your reminders here and 1 device.')).toBeVisible();
    await expect.poll(() => push.received.length).toBe(1);
    const payload = push.payload(0);
    expect(payload).toMatchObject({ kind: 'test', link: '/settings' });

    const deliver = await pushInto(page, context, new URL(baseURL!).origin);
    await deliver(payload);
    expect(await shownNotifications(page)).toEqual([
      { title: payload.title, body: payload.body, tag: payload.id, data: expect.anything() },
    ]);
    await page.goto('/home');
    // The layout (which listens for the worker's word) is up before the tap, as after any real load.
    await expect(n.bell).toBeVisible();
    await tapShown(context);
    await expect(page).toHaveURL(/\/settings$/);
  } finally {
    await push.close();
  }
});

test('the inbox shows a delivered reminder, marks it read, lets one go, and still shows them offline', async ({
  page,
  context,
  console,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await signUpQuickly(page);
  await sendTest(page);
  await sendTest(page);
  await untilServiceWorkerControls(page, '/home');
  const n = new NotificationPages(page);
  await expect(n.bell).toHaveAccessibleName('Reminders, 2 are waiting');
  await n.openInbox();
  await expect(n.items).toHaveCount(2);

  const [first, second] = [n.items.nth(0), n.items.nth(1)];
  await expect(first.getByRole('heading')).toContainText('New');
  await first.getByRole('button', { name: 'Mark as read' }).click();
  await expect(first.getByRole('heading')).not.toContainText('New');
  await expect(n.bell).toHaveAccessibleName('Reminders, 1 is waiting');
  await second.getByRole('button', { name: 'Not now' }).click();
  await expect(n.items).toHaveCount(1);
  await expect(n.bell).toHaveAccessibleName('Reminders, nothing waiting');

  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
  await expect(page.getByText('You’re offline. This is what Steady showed you last; it updates when you’re back.')).toBeVisible();
  await expect(n.items).toHaveCount(1);
  // Also reached by navigating within the app, with no connection.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await n.openInbox();
  await expect(n.items).toHaveCount(1);
  await context.setOffline(false);
});

test('Settings → Reminders is axe clean with choices open', async ({ page }) => {
  await signUpQuickly(page);
  const n = new NotificationPages(page);
  await n.openReminderSettings();
  await n.reminders.getByRole('group', { name: 'Check-in time' }).getByRole('checkbox', { name: 'On' }).check();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.reminders').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('the urge form asks for the two follow-up reminders only when the box is ticked', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  const box = page.getByRole('checkbox', { name: 'Remind me in 30 minutes and in 2 hours to notice how I feel' });
  await expect(box).not.toBeChecked();
  await box.check();
  await urges.skipRatings();
  const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/urges');
  await urges.actionButton('I’m waiting').click();
  expect(((await sent).postDataJSON() as { followUpReminders?: boolean }).followUpReminders).toBe(true);
  await urges.expectPause('server');
});

test('logging out stops push on this device, so the next person here is shown nothing of it', async ({
  page,
  context,
  baseURL,
  playwright,
}) => {
  const push = await localPushService();
  try {
    await context.grantPermissions(['notifications'], { origin: baseURL! });
    await standInForSubscribe(context, push.subscription);
    const { person } = await signUpQuickly(page);
    await untilServiceWorkerControls(page, '/settings');
    const n = new NotificationPages(page);
    await n.openReminderSettings();
    await n.reminders.getByRole('button', { name: 'Get these on this device' }).click();
    await expect(n.reminders.getByRole('button', { name: 'Stop on this device' })).toBeVisible();

    await new SettingsPage(page).logOut();
    // The browser's subscription is gone (the stand-in keeps it in storage, as a browser would)...
    expect(await page.evaluate(() => localStorage.getItem('steady-test-push'))).toBeNull();
    // ...and the server no longer holds it for this person.
    const other = await playwright.request.newContext({ baseURL: baseURL! });
    try {
      expect((await other.post('/api/v1/auth/login', { data: { email: person.email, password: person.password } })).status()).toBe(200);
      const settings = (await (await other.get('/api/v1/notifications/settings')).json()) as { pushDevices: number };
      expect(settings.pushDevices).toBe(0);
    } finally {
      await other.dispose();
    }
  } finally {
    await push.close();
  }
});
