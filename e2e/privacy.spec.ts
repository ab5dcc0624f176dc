import { test, expect } from './support/test.js';
import { newPerson } from './support/people.js';
import { SignupPage } from './pages/AuthPages.js';
import { JournalPage } from './pages/JournalPage.js';
import { SettingsPage } from './pages/SettingsPage.js';

test('after logging out, the browser keeps nothing private', async ({ page }) => {
  const person = newPerson();
  await new SignupPage(page).signUp(person);
  const secret = `A very private sentence ${Date.now()}`;
  await new JournalPage(page).write(secret);
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.logOut();

  const stored = await page.evaluate(async () => {
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

  const everything = JSON.stringify(stored);
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(person.email);
  expect(stored.local).toEqual([]);
  expect(stored.session).toEqual([]);
  expect(stored.cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  expect(stored.cookie).toBe('');
});
