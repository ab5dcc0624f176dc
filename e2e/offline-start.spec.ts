import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';
import { AppShell } from './pages/AppShell.js';

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
