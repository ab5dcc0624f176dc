import type { BrowserContext, Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { listAll, signUpQuickly } from './support/people.js';
import { checkSpanish } from './support/spanish.js';
import { expect, test, type ConsoleGuard } from './support/test.js';

// The refusal is stood in for with page.route, which does not see requests a service worker makes:
// once the worker takes control mid-test, the replay would pass it by and reach the real server.
// Nothing here needs the worker (the page stays open, the outbox lives in IndexedDB).
test.use({ serviceWorkers: 'block' });

const WORDS = 'The walk home in the rain, and how the worry eased by the bridge.';

/**
 * A journal entry written offline that the server then refuses on replay. Forms check before they
 * queue, so a real refusal is rare (what it belonged to was removed meanwhile); the test stands in
 * for the server's answer to make it happen on purpose.
 */
async function writeOfflineThenRefuse(page: Page, context: BrowserContext, console: ConsoleGuard): Promise<void> {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED|status of 422/);
  await signUpQuickly(page);
  await page.goto('/journal/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(true);
  await page.getByLabel('What’s on your mind?').fill(WORDS);
  await page.getByLabel('Tags').fill('rain, walk');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText(/saved on this device and will sync/i).first()).toBeVisible();

  await page.route('**/api/v1/journal', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 422,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'This cannot be saved', status: 422 }),
        })
      : route.fallback(),
  );
  await context.setOffline(false);
  await expect(page.getByText('One thing you saved on this device could not be added to your account.', { exact: false })).toBeVisible();
}

test('words the server refused after an offline save are kept on the device, shown, copied and let go only when the person says so', async ({
  page,
  context,
  console,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await writeOfflineThenRefuse(page, context, console);

  // Still there after the app is opened again.
  await page.reload();
  await page.getByRole('link', { name: 'see what was kept' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kept on this device' })).toBeVisible();
  const item = page.locator('.kept-item');
  await expect(item.getByRole('heading', { name: 'A journal entry' })).toBeVisible();
  await expect(item.getByText(WORDS)).toBeVisible();
  await expect(item.locator('.tag')).toHaveText(['rain', 'walk']);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/e2e/kept-words.png', fullPage: true });

  await item.getByRole('button', { name: 'Copy the words' }).click();
  await expect(item.getByText('Copied.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${WORDS}\n\nrain, walk`);

  // Never sent again by itself, and not in the account.
  expect(await listAll(page.request, '/api/v1/journal')).toEqual([]);

  // Letting go asks first; keeping it changes nothing.
  await item.getByRole('button', { name: 'Let it go' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
  await expect(item.getByText(WORDS)).toBeVisible();
  await item.getByRole('button', { name: 'Let it go' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Let it go' }).click();
  await expect(page.getByText('Nothing is waiting here.', { exact: false })).toBeVisible();
  await expect(page.getByText('could not be added to your account', { exact: false })).toHaveCount(0);
});

test('what was kept reads in Spanish, with axe clean', async ({ page, context, console }) => {
  await writeOfflineThenRefuse(page, context, console);
  await page.evaluate(() => localStorage.setItem('steady-locale', 'es'));
  await page.reload();
  await expect(page.getByText('Una cosa que guardaste en este dispositivo no se pudo añadir a tu cuenta.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'ver lo que se guardó' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guardado en este dispositivo' })).toBeVisible();
  await expect(page.getByText(WORDS)).toBeVisible();
  await checkSpanish(page, 'kept');
});
