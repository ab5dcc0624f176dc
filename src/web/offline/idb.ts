/**
 * A very small promise wrapper around IndexedDB, for the outbox only (see outbox.ts). Three stores:
 * - items: queued changes, in the order they were made (auto-increment key);
 * - ids: placeholder id of something created offline → the id the server gave it;
 * - meta: small per-device choices, such as prompts the person dismissed.
 * The whole database is deleted when the person logs out.
 */
export const DB_NAME = 'steady-outbox';
const VERSION = 1;
export type StoreName = 'items' | 'ids' | 'meta';

let opening: Promise<IDBDatabase> | null = null;

export function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('items')) db.createObjectStore('items', { keyPath: 'seq', autoIncrement: true });
      if (!db.objectStoreNames.contains('ids')) db.createObjectStore('ids');
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab is deleting the database (someone logged out there): let it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opening;
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Runs one request in its own transaction and resolves once the transaction has committed. */
export async function run<T>(store: StoreName, mode: IDBTransactionMode, make: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(store, mode);
  const result = done(make(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

/** Closes this tab's connection and deletes the database with everything in it. */
export async function deleteDb(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) {
    try {
      (await pending).close();
    } catch {
      // It never opened; nothing to close.
    }
  }
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    // Blocked means another tab still holds it open; it closes on versionchange and the delete then completes.
    req.onblocked = () => undefined;
  });
}
