import { expect, type Page } from '@playwright/test';

/**
 * Opens `path` and waits until the app's service worker controls the page. It takes control after
 * a reload (clientsClaim), and by then precaching has finished, so the shell opens with no
 * connection and requests pass through the worker as the app's own would.
 */
export async function untilServiceWorkerControls(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}
