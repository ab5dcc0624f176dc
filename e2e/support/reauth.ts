import type { Page } from '@playwright/test';

/**
 * The export answers once as the server does when the login is more than ten minutes old (403,
 * reauth-required), then goes through: a spec cannot wait ten minutes of the server's own clock.
 */
export async function askToConfirmOnce(page: Page): Promise<void> {
  let asked = false;
  await page.route('**/api/v1/me/export', async (route) => {
    if (asked) return route.continue();
    asked = true;
    return route.fulfill({
      status: 403,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'https://steady.example/problems/reauth-required',
        title: 'Please confirm it’s you',
        status: 403,
        detail: 'Enter your password again to download your data.',
      }),
    });
  });
}
