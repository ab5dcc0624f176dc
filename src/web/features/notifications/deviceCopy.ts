import type { NotificationsPage } from '../../../contracts/notifications/notifications.js';
import { deviceDatabase } from '../../offline/idb.js';

/**
 * The inbox as this device last saw it, so the bell and the inbox still say what is waiting with
 * no connection. A notification holds no private words (its kind, when, the screen it is about and,
 * for a partner's request, the partner's name), which is what makes it fit to keep. Its own small
 * IndexedDB database, deleted whole on log-out and account deletion; an expired session keeps it
 * as it keeps the outbox, and another person signing in here never reads it (it names its owner).
 */
export interface InboxCopy {
  userId: string;
  page: NotificationsPage;
  savedAt: string;
}

const STORE = 'inbox';
const KEY = 'latest';
const database = deviceDatabase<typeof STORE>('steady-inbox', 1, (db) => db.createObjectStore(STORE));

export async function readInbox(userId: string): Promise<InboxCopy | null> {
  try {
    if (!(await database.exists())) return null;
    const copy = ((await database.run(STORE, 'readonly', (s) => s.get(KEY))) as InboxCopy | undefined) ?? null;
    if (copy && copy.userId !== userId) {
      await forgetInbox();
      return null;
    }
    return copy;
  } catch {
    return null;
  }
}

/** Keeps the first page the server just returned (the newest ones, and how many are unread). */
export async function keepInbox(userId: string, page: NotificationsPage): Promise<void> {
  const copy: InboxCopy = { userId, page: { ...page, nextCursor: null }, savedAt: new Date().toISOString() };
  try {
    await database.run(STORE, 'readwrite', (s) => s.put(copy, KEY));
  } catch {
    // No IndexedDB (some private windows): the inbox then shows only when online.
  }
}

export function forgetInbox(): Promise<void> {
  return database.remove();
}
