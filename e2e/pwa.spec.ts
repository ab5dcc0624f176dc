import { test, expect } from './support/test.js';
import { untilServiceWorkerControls } from './support/service-worker.js';

test('the server the tests start is the compiled one that production runs, not the TypeScript sources', async ({ request }) => {
  const health = (await (await request.get('/api/health')).json()) as { runtime: string };
  expect(health.runtime).toBe('compiled');
});

test('the app is installable: manifest, icons and a service worker', async ({ page, request }) => {
  const manifestRes = await request.get('/manifest.webmanifest');
  expect(manifestRes.status()).toBe(200);
  const manifest = (await manifestRes.json()) as {
    name: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Steady');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of ['192x192', '512x512']) {
    expect(manifest.icons.some((i) => i.sizes === size && i.purpose === 'any')).toBe(true);
    expect(manifest.icons.some((i) => i.sizes === size && i.purpose === 'maskable')).toBe(true);
  }
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }

  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? null);
  expect(scriptURL).toMatch(/\/sw\.js$/);
});

test('once the shell is cached, SOS still opens with the connection gone', async ({ page, context, console }) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have to get through this alone');
  // The built-in list stands in when the server cannot be asked.
  await expect(page.getByRole('main').getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await context.setOffline(false);
});
