import type { Page } from '@playwright/test';

/** Everything this origin keeps in the browser: storage, IndexedDB (the offline outbox), caches and readable cookies. */
export async function browserStorage(page: Page) {
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
