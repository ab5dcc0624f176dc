import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { listAll, signUpQuickly } from './support/people.js';
import { AppShell } from './pages/AppShell.js';
import { JournalPage } from './pages/JournalPage.js';
import { UrgePages } from './pages/UrgePages.js';
import { untilServiceWorkerControls } from './support/service-worker.js';

// Words the crisis check recognises, in the browser and on the server alike.
const CRISIS_WORDS = "I don't want to wake up anymore";

/** Signs in, then waits until the service worker controls the page (so the shell is cached). */
async function signInWithShellCached(page: Page): Promise<void> {
  await signUpQuickly(page);
  await untilServiceWorkerControls(page, '/home');
  await new AppShell(page).settled();
}

async function expectSignedInShell(page: Page): Promise<void> {
  const shell = new AppShell(page);
  await expect(page.getByRole('link', { name: 'I want reassurance' })).toBeVisible();
  await expect(shell.sosLink).toBeVisible();
  await expect(shell.navLink('Tools')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log in' })).toHaveCount(0);
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('opening Steady offline starts signed in: a reload and a new page both show the app, not the log-in form', async ({
  page,
  context,
  console,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await signInWithShellCached(page);
  await goOffline(context);

  await page.reload();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Robin');
  await expectSignedInShell(page);

  const fresh = await context.newPage();
  console.watch(fresh);
  await fresh.goto('/urge');
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('You noticed the urge');
  await expectSignedInShell(fresh);
  await fresh.close();

  await page.goto('/');
  await expect(page).toHaveURL(/\/home$/);
  await expectSignedInShell(page);

  // The tools and SOS open from the cold-started shell too.
  const shell = new AppShell(page);
  await shell.navLink('Tools').click();
  await expect(shell.heading).toHaveText('Your toolkit');
  await page.getByRole('link', { name: 'Paced breathing' }).first().click();
  await expect(page).toHaveURL(/\/tools\/breathing/);
  await shell.openSos();
  await expect(page.getByRole('main').getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await context.setOffline(false);
});

interface JournalRow {
  id: string;
  text: string;
}
interface UrgeRow {
  id: string;
  action: string;
}

test('after a cold start offline, a journal entry and an urge wait on the device and reach the server once, even when a replay is cut short', async ({
  page,
  context,
  console,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
  await signInWithShellCached(page);
  await goOffline(context);
  await page.reload();
  await expectSignedInShell(page);

  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.skipRatings();
  await urges.actionButton('I soothed myself').click();
  await urges.expectPause('device');

  const journal = new JournalPage(page);
  const text = `Written on the train. ${CRISIS_WORDS}. ${Date.now()}`;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: 'Write an entry' }).click();
  await journal.type(text);
  // The check in the browser needs no server.
  await expect(journal.crisisPanel).toBeVisible();
  await journal.saveOnDevice();
  await expect(journal.waiting).toHaveCount(1);
  await expect(journal.waiting.first()).toContainText('Waiting to send');
  await expect(journal.waiting.first()).toContainText('Written on the train.');
  await expect(page.getByText('2 things are saved on this device and will sync when you’re back online.')).toBeVisible();

  // What reaches the server, in order, with the key each create carries.
  const sent: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (req.method() === 'POST' && /^\/api\/v1\/(urges|journal)$/.test(path))
      sent.push(`${path} ${req.headers()['idempotency-key'] ?? ''}`);
  });

  // Back online, the first try of the entry reaches the server but its answer is lost on the way.
  let cut = 0;
  await page.route('**/api/v1/journal', async (route) => {
    if (route.request().method() === 'POST' && cut === 0) {
      cut += 1;
      await route.fetch();
      await route.abort('failed');
      return;
    }
    await route.continue();
  });
  await context.setOffline(false);
  await expect(page.getByText('One thing is saved on this device and will sync when you’re back online.')).toBeVisible();
  expect(cut).toBe(1);
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toHaveCount(0);

  // The next start replays it with the same key: the server answers with the entry it already has.
  await page.reload();
  await expect(page.getByText(/saved on this device and will sync/)).toHaveCount(0);
  await expect(journal.waiting).toHaveCount(0);
  await expect(journal.entries.filter({ hasText: 'Written on the train.' })).toHaveCount(1);
  // The server's own verdict on the words, now that it has them.
  await expect(journal.crisisPanel).toBeVisible();

  // Oldest first, and the retried entry kept its key: the server recognised it rather than adding one.
  expect(sent.map((r) => r.split(' ')[0])).toEqual(['/api/v1/urges', '/api/v1/journal', '/api/v1/journal']);
  expect(sent[2]).toBe(sent[1]);
  expect(new Set(sent.map((r) => r.split(' ')[1])).size).toBe(2);

  const entries = await listAll<JournalRow>(page.request, '/api/v1/journal');
  expect(entries.map((e) => e.text)).toEqual([text]);
  const saved = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved.map((u) => u.action)).toEqual(['soothed']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the offline notice and an entry waiting to send meet WCAG 2.1 AA (${colorScheme})`, async ({ page, context, console }) => {
    console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await signInWithShellCached(page);
    await goOffline(context);
    await page.reload();
    await expectSignedInShell(page);
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect((await axe()).violations).toEqual([]);
    // The journal with an entry waiting to send, and the note that it was kept.
    const journal = new JournalPage(page);
    await journal.startWriting();
    await journal.type('A quiet evening, written offline.');
    await journal.saveOnDevice();
    await expect(journal.waiting).toHaveCount(1);
    expect((await axe()).violations).toEqual([]);
    await context.setOffline(false);
  });
}

test('a session that ended while the app was offline signs out once the server can say so, and the device forgets who it was', async ({
  page,
  context,
  console,
  playwright,
  baseURL,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await signInWithShellCached(page);
  // Ended elsewhere (say, "log out everywhere" from a phone), with the same cookie.
  const elsewhere = await playwright.request.newContext({ baseURL, storageState: { cookies: await context.cookies(), origins: [] } });
  const { csrfToken } = (await (await elsewhere.get('/api/v1/session')).json()) as { csrfToken: string };
  expect((await elsewhere.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': csrfToken } })).status()).toBe(204);
  await elsewhere.dispose();

  // Offline, the device cannot know yet: it opens signed in.
  await goOffline(context);
  await page.reload();
  await expectSignedInShell(page);

  // The server's answer decides: nobody is signed in.
  await context.setOffline(false);
  await expect(page).toHaveURL(/\/login\?next=%2Fhome$/);

  // And the next start without a connection no longer opens as that person.
  await goOffline(context);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/login\?next=%2Fhome$/);
  await expect(page.getByRole('link', { name: 'I want reassurance' })).toHaveCount(0);
  await context.setOffline(false);
});
