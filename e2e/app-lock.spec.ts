import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { AppLockSettings, LockScreen } from './pages/AppLockPages.js';
import { AppShell } from './pages/AppShell.js';
import { JournalPage } from './pages/JournalPage.js';

// Issue 14.8: a shared phone or laptop keeps a person's space to themselves.
const SECRET = 'A line nobody else should read on this phone';
const PIN = '4826';

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('after the idle time every screen is hidden, SOS still opens, and the PIN opens it again', async ({ page, console }) => {
  // The private routes answer 423 while locked, and a wrong PIN 400: both are expected here.
  console.allow(423, /\/api\/v1\//);
  console.allow(400, /\/api\/v1\/app-lock\/unlock$/);
  await page.clock.install();
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Ari' }));
  await writeQuickly(page.request, csrf, { text: SECRET });
  await new AppLockSettings(page).turnOn(PIN, 'After 1 minute without use');

  await page.goto('/journal');
  await expect(page.getByText(SECRET)).toBeVisible();
  await page.clock.fastForward('01:10');

  const lock = new LockScreen(page);
  await expect(lock.heading).toBeVisible();
  // No passkey on this account: only the PIN is offered (two-step.spec.ts opens it with one).
  await expect(page.getByText('Enter your PIN to carry on where you were.')).toBeVisible();
  await expect(lock.passkeyButton).toHaveCount(0);
  // Unmounted, not covered: the words are not in the page at all, nor the places behind the lock.
  expect(await page.content()).not.toContain(SECRET);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(0);
  await expect(page).toHaveTitle('Locked · Steady');

  // Every other address opens the lock screen too, from a fresh load (the server says locked).
  for (const path of ['/home', '/journal', '/settings', '/people']) {
    await page.goto(path);
    await expect(lock.heading, path).toBeVisible();
    expect(await page.content()).not.toContain(SECRET);
  }
  const api = await page.request.get('/api/v1/journal');
  expect(api.status()).toBe(423);

  // SOS is one tap away, with its lines, while locked.
  const shell = new AppShell(page);
  await shell.openSos();
  await expect(page.getByRole('heading', { name: 'People you can talk to' })).toBeVisible();

  await page.goto('/journal');
  await lock.unlock('1111');
  await expect(page.getByText('That PIN didn’t match. Try again.')).toBeVisible();
  await lock.unlock(PIN);
  await expect(page.getByText(SECRET)).toBeVisible();
  await expect(page).toHaveTitle('Journal · Steady');
});

test('leaving quickly swaps Steady for a plain page at once, and Back does not bring it back', async ({ page }) => {
  const { csrf } = await signUpQuickly(page, newPerson());
  await writeQuickly(page.request, csrf, { text: SECRET });
  await page.goto('/home');
  await page.goto('/journal');
  await expect(page.getByText(SECRET)).toBeVisible();

  await new LockScreen(page).quickExit.click();
  await expect(page).toHaveURL(/\/houseplants\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caring for houseplants through the colder months');
  expect(await page.title()).not.toMatch(/steady/i);
  expect(await page.content()).not.toMatch(/steady/i);

  await page.goBack();
  await expect(page).toHaveURL(/\/houseplants\.html$/);
  expect(await page.content()).not.toContain(SECRET);

  // Opening Steady anew (its address typed again) opens it as usual.
  await page.goto('/journal');
  await expect(page.getByText(SECRET)).toBeVisible();

  // Escape three times does the same, from anywhere.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/houseplants\.html$/);
});

test('leaving quickly with a lock set leaves the app locked behind the plain page', async ({ page, console }) => {
  console.allow(423, /\/api\/v1\//);
  await signUpQuickly(page, newPerson());
  await new AppLockSettings(page).turnOn(PIN, 'After 15 minutes without use');
  await page.goto('/home');
  await new LockScreen(page).quickExit.click();
  await expect(page).toHaveURL(/\/houseplants\.html$/);
  await expect.poll(async () => (await page.request.get('/api/v1/home-nothing-here')).status()).toBe(423);
  await page.goto('/home');
  await expect(new LockScreen(page).heading).toBeVisible();
});

for (const width of [390, 1280]) {
  test(`the lock screen meets WCAG 2.1 AA at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await signUpQuickly(page, newPerson());
    const settings = new AppLockSettings(page);
    await settings.turnOn(PIN, 'After 5 minutes without use');
    expect(await axe(page)).toEqual([]);
    await settings.section.screenshot({ path: `test-results/e2e/app-lock-settings-${width}.png` });
    await page.goto('/home');
    await expect(new LockScreen(page).quickExit).toBeInViewport({ ratio: 1 });
    await expect(new AppShell(page).urgeLink).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `test-results/e2e/app-lock-home-${width}.png` });
    const res = await page.request.post('/api/v1/app-lock/lock', {
      headers: { 'x-csrf-token': ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken },
    });
    expect(res.status()).toBe(204);
    await page.goto('/home');
    const lock = new LockScreen(page);
    await expect(lock.heading).toBeVisible();
    await expect(lock.quickExit).toBeInViewport();
    await expect(new AppShell(page).sosLink).toBeInViewport();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `test-results/e2e/app-lock-${width}.png`, fullPage: true });
  });
}

test('offline, a locked app stays locked (the PIN needs the server) while SOS and the quick exit still open', async ({
  page,
  context,
  console,
}) => {
  console.allow(423, /\/api\/v1\//);
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  const { csrf } = await signUpQuickly(page, newPerson());
  await writeQuickly(page.request, csrf, { text: SECRET });
  await new AppLockSettings(page).turnOn(PIN, 'After 5 minutes without use');
  // The app's page is never kept in the browser's own caches (the service worker keeps the shell).
  const first = await page.goto('/home');
  expect(first?.headers()['cache-control']).toBe('no-store');
  expect((await page.request.get('/', { headers: { accept: 'text/html' } })).headers()['cache-control']).toBe('no-store');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const lock = new LockScreen(page);
  await page.goto('/journal');
  await expect(page.getByText(SECRET)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/houseplants\.html$/);

  await context.setOffline(true);
  await page.goto('/journal');
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toContain(SECRET);
  await lock.unlock(PIN);
  await expect(page.getByText('Steady needs a connection to check your PIN.')).toBeVisible();
  await new AppShell(page).openSos();
  await lock.quickExit.click();
  await expect(page).toHaveURL(/\/houseplants\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caring for houseplants through the colder months');

  await context.setOffline(false);
  await page.goto('/journal');
  await expect(lock.heading).toBeVisible();
  await lock.unlock(PIN);
  await expect(page.getByText(SECRET)).toBeVisible();
});

test('words half written when the lock closes are back after the PIN, and never in the page meanwhile', async ({ page, console }) => {
  console.allow(423, /\/api\/v1\//);
  await page.clock.install();
  await signUpQuickly(page, newPerson());
  await new AppLockSettings(page).turnOn(PIN, 'After 1 minute without use');
  await page.goto('/journal/new');
  const journal = new JournalPage(page);
  const half = 'Half a thought I did not save yet';
  await journal.textBox.fill(half);
  await page.clock.fastForward('01:10');
  const lock = new LockScreen(page);
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toContain(half);
  await lock.unlock(PIN);
  await expect(journal.textBox).toHaveValue(half);
});
