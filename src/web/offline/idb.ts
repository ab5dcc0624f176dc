/**
 * A very small promise wrapper around IndexedDB, shared by everything this device keeps: the
 * outbox (below), the person's safety plan and the pair's agreed stress plan. Each keeps its own
 * database, so each can be deleted whole when it has to be forgotten (log-out, account deleted,
 * the pair ended).
 */
export interface DeviceDatabase<S extends string> {
  readonly name: string;
  /** Runs one request in its own transaction and resolves once the transaction has committed. */
  run<T>(store: S, mode: IDBTransactionMode, make: (s: IDBObjectStore) => IDBRequest<T>): Promise<T>;
  /**
   * Opening an absent database would create it, and a browser nobody keeps anything on should hold
   * none: readers ask first. Where the browser cannot list its databases, opening is harmless.
   */
  exists(): Promise<boolean>;
  /** Closes this tab's connection and deletes the database with everything in it. */
  remove(): Promise<void>;
}

export function deviceDatabase<S extends string>(name: string, version: number, upgrade: (db: IDBDatabase) => void): DeviceDatabase<S> {
  let opening: Promise<IDBDatabase> | null = null;

  const open = (): Promise<IDBDatabase> =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, version);
      req.onupgradeneeded = () => upgrade(req.result);
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
    }));

  return {
    name,
    async run(store, mode, make) {
      const db = await open();
      const tx = db.transaction(store, mode);
      const req = make(tx.objectStore(store));
      const result = new Promise<Awaited<ReturnType<typeof make>>['result']>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
      return result;
    },
    async exists() {
      if (opening) return true;
      if (typeof indexedDB.databases !== 'function') return true;
      return (await indexedDB.databases()).some((d) => d.name === name);
    },
    async remove() {
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
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => resolve();
        // Blocked means another tab still holds it open; it closes on versionchange and the delete then completes.
        req.onblocked = () => undefined;
      });
    },
  };
}

/**
 * The outbox (see outbox.ts). Four stores:
 * - items: queued changes, in the order they were made (auto-increment key);
 * - ids: placeholder id of something created offline → the id the server gave it;
 * - meta: small per-device choices, such as prompts the person dismissed;
 * - kept: changes the server refused on replay, words and all, until the person lets them go
 *   (version 2; a device still on version 1 gains the store on its next visit, losing nothing).
 * The whole database is deleted when the person logs out.
 */
export type StoreName = 'items' | 'ids' | 'meta' | 'kept';
export const outboxDb = deviceDatabase<StoreName>('steady-outbox', 2, (db) => {
  if (!db.objectStoreNames.contains('items')) db.createObjectStore('items', { keyPath: 'seq', autoIncrement: true });
  if (!db.objectStoreNames.contains('ids')) db.createObjectStore('ids');
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
  if (!db.objectStoreNames.contains('kept')) db.createObjectStore('kept', { keyPath: 'seq' });
});
export const run: DeviceDatabase<StoreName>['run'] = (store, mode, make) => outboxDb.run(store, mode, make);
export const deleteDb = (): Promise<void> => outboxDb.remove();
