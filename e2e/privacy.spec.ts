import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson } from './support/people.js';
import { SignupPage } from './pages/AuthPages.js';
import { JournalPage } from './pages/JournalPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { UrgePages } from './pages/UrgePages.js';

test('after logging out, the browser keeps nothing private', async ({ page }) => {
  const person = newPerson();
  await new SignupPage(page).signUp(person);
  const secret = `A very private sentence ${Date.now()}`;
  await new JournalPage(page).write(secret);
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.logOut();

  const stored = await browserStorage(page);

  const everything = JSON.stringify(stored);
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(person.email);
  expect(stored.local).toEqual([]);
  expect(stored.session).toEqual([]);
  expect(stored.cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  expect(stored.cookie).toBe('');
  // The offline outbox (IndexedDB) is deleted, not merely emptied.
  expect(stored.databases).toEqual([]);
});

/** Everything this origin keeps in the browser: storage, IndexedDB (the offline outbox), caches and readable cookies. */
async function browserStorage(page: Page) {
  return page.evaluate(async () => {
    const dump = (s: Storage) => Object.entries({ ...s }).map(([k, v]) => `${k}=${v}`);
    const databases: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name ?? '');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error(String(req.error)));
        });
        databases.push(`${info.name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    // The service worker caches the app shell only; no API answer may sit in a cache.
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(new URL(req.url).pathname);
    }
    return { local: dump(localStorage), session: dump(sessionStorage), databases, cached, cookie: document.cookie };
  });
}

test('logging out deletes the offline outbox, even with changes still waiting in it', async ({ page, console }) => {
  const person = newPerson();
  await new SignupPage(page).signUp(person);
  // The server is unwell for urges: the save waits in the outbox on this device.
  console.allow(503, /\/api\/v1\/urges$/);
  await page.route('**/api/v1/urges', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: '{"type":"about:blank","title":"Unavailable","status":503}',
        })
      : route.continue(),
  );
  const secret = `Did I upset you earlier ${Date.now()}`;
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.wantedTo.fill(secret);
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('device');
  expect(JSON.stringify(await browserStorage(page))).toContain(secret);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await new SettingsPage(page).logOut();

  const stored = await browserStorage(page);
  expect(JSON.stringify(stored)).not.toContain(secret);
  expect(stored.databases).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('steady-outbox');
});
