import type { SafetyPlan, SafetyPlanSteps } from '../../../contracts/safety-plan.js';

/**
 * The copy of the person's safety plan kept on this device, so it opens on the SOS screen with no
 * signal and can be edited offline. Its own small IndexedDB database (not the outbox): the plan is
 * one document replaced whole, so there is nothing to queue, only the newest edit to send.
 *
 * - `saved`: the plan as the server last returned it (null: none, as far as this device knows).
 * - `edit`: an edit not yet accepted by the server, with the moment it was made; the server keeps
 *   whichever edit was made last (see putSafetyPlan), so sending it again is always safe.
 *
 * It belongs to `userId`; logging out or deleting the account deletes the database.
 */
export interface DeviceCopy {
  userId: string;
  saved: SafetyPlan | null;
  edit: { steps: SafetyPlanSteps; editedAt: string } | null;
}

const DB_NAME = 'steady-safety-plan';
const STORE = 'plan';
const KEY = 'current';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab is deleting it (a log-out there): let it.
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

async function inStore<T>(mode: IDBTransactionMode, make: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(STORE, mode);
  const req = make(tx.objectStore(STORE));
  return new Promise<T>((resolve, reject) => {
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opening would create the database; a device that never kept a plan (or forgot it) keeps none. */
async function exists(): Promise<boolean> {
  if (opening) return true;
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
}

export async function readCopy(): Promise<DeviceCopy | null> {
  try {
    if (!(await exists())) return null;
    return ((await inStore('readonly', (s) => s.get(KEY))) as DeviceCopy | undefined) ?? null;
  } catch {
    // Private browsing without IndexedDB: the plan still comes from the server when online.
    return null;
  }
}

export async function writeCopy(copy: DeviceCopy): Promise<void> {
  await inStore('readwrite', (s) => s.put(copy, KEY));
}

/** Deletes the database with the plan in it (log-out, account deleted). */
export async function forgetCopy(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) {
    try {
      (await pending).close();
    } catch {
      // It never opened.
    }
  }
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    req.onblocked = () => undefined;
  });
}
