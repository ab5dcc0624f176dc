import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { untilServiceWorkerControls } from './support/service-worker.js';

declare global {
  interface Window {
    heard: { type: string; id?: string }[];
    opened: number;
  }
}

/**
 * A partner's action reaches the other's open page without a reload: the browser's EventSource,
 * under the app's service worker and content security policy, with the session cookie.
 */
test('a person’s open page hears at once when their partner links and unlinks in another browser', async ({ page, browser }) => {
  const a = await signUpQuickly(page);
  await untilServiceWorkerControls(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.heard = [];
        window.opened = 0;
        const source = new EventSource('/api/v1/events');
        source.onopen = () => {
          window.opened += 1;
          resolve();
        };
        source.onmessage = (e: MessageEvent<string>) => window.heard.push(JSON.parse(e.data) as { type: string });
      }),
  );

  const other = await browser.newContext();
  try {
    const partnerPage = await other.newPage();
    const b = await signUpQuickly(partnerPage, newPerson({ displayName: 'Kai' }));
    const invite = await page.request.post('/api/v1/pair/invitations', { headers: { 'x-csrf-token': a.csrf } });
    const { code } = (await invite.json()) as { code: string };
    const joined = await partnerPage.request.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': b.csrf } });
    expect(joined.status()).toBe(201);
    const pairId = ((await joined.json()) as { pair: { id: string } }).pair.id;
    await expect.poll(() => page.evaluate(() => window.heard)).toContainEqual(expect.objectContaining({ type: 'pair.linked', id: pairId }));

    // The partner unlinks: the page hears it, the server ends the stream, and the browser reconnects.
    const left = await partnerPage.request.delete('/api/v1/pair', {
      data: { password: b.person.password },
      headers: { 'x-csrf-token': b.csrf },
    });
    expect(left.status()).toBe(204);
    await expect.poll(() => page.evaluate(() => window.heard.map((e) => e.type))).toEqual(['pair.linked', 'pair.ended']);
    await expect.poll(() => page.evaluate(() => window.opened)).toBe(2);
  } finally {
    await other.close();
  }

  // Nothing of the stream is kept by the service worker.
  const cached = await page.evaluate(async () => {
    const hits: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) if (new URL(req.url).pathname.startsWith('/api/')) hits.push(req.url);
    }
    return hits;
  });
  expect(cached).toEqual([]);
});
