import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { listAll, signUpQuickly } from './support/people.js';
import { AppShell } from './pages/AppShell.js';
import { JournalPage } from './pages/JournalPage.js';
import { UrgePages } from './pages/UrgePages.js';

// Words the crisis check recognises, in the browser and on the server alike.
const CRISIS_WORDS = "I don't want to wake up anymore";

/** Signs in, then waits until the service worker controls the page (so the shell is cached). */
async function signInWithShellCached(page: Page): Promise<void> {
  await signUpQuickly(page);
  await page.goto('/home');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
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

  const entries = await listAll<JournalRow>(page.request, '/api/v1/journal');
  expect(entries.map((e) => e.text)).toEqual([text]);
  const saved = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved.map((u) => u.action)).toEqual(['soothed']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the offline notice meets WCAG 2.1 AA (${colorScheme})`, async ({ page, context, console }) => {
    console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await signInWithShellCached(page);
    await goOffline(context);
    await page.reload();
    await expectSignedInShell(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
    await context.setOffline(false);
  });
}
