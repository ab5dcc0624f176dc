import { ApiError, api } from '../api/client.js';
import { deleteDb, run } from './idb.js';

/**
 * The outbox: how an urge, a follow-up rating or a tool session is kept when there is no
 * connection, and sent later without ever making a second copy.
 *
 * - A change is first sent straight away when the device is online and nothing older is waiting.
 * - If that cannot reach the server (offline, server down), or older changes are still waiting,
 *   it is queued in IndexedDB with its method, URL, body and an Idempotency-Key made once, here.
 *   A retry always reuses that key, so the server replays the first result instead of creating
 *   a duplicate, even if the first attempt did arrive and only its answer was lost.
 * - Queued changes are replayed strictly in order: on the `online` event, when the app starts
 *   (once someone is signed in), every minute while something waits, and right after queueing.
 * - Something created offline has no server id yet. It gets a placeholder ("local:<uuid>") that
 *   later changes may use (a follow-up for that urge, a tool session linked to it); each
 *   placeholder is swapped for the real id when its create has gone through.
 * - A change the server turns down for good on replay (it was checked before it was queued, so
 *   this is rare: the urge it belonged to was deleted meanwhile, a rule changed) is never thrown
 *   away: it moves, words and all, to the "kept" store, where the person can read and copy it
 *   (`/kept`) until they let it go. What depended on it is kept the same way.
 * - Items belong to the person who made them, and logging out deletes the whole database.
 * - When the app opened offline from the device's memory of who is signed in, changes are only
 *   queued: nothing is sent until the server has confirmed the session (and given a CSRF token).
 */
export interface OutboxItem {
  seq?: number;
  userId: string;
  /** The operation, so a refused change can be shown by what it was (absent on items queued before it was recorded). */
  op?: string;
  method: 'POST' | 'PATCH';
  url: string;
  body: unknown;
  idempotencyKey: string;
  /** Placeholder id for what this create makes, so later items can refer to it. */
  localId: string | null;
  /** Where the created object sits in the answer, e.g. "urge" in { urge: { id } }. */
  resultKey: string | null;
  queuedAt: string;
}

export type Submitted<T> = { queued: false; data: T } | { queued: true; localId: string | null };

export interface OutboxStatus {
  /** Changes waiting on this device for the person signed in. */
  pending: number;
  /** Changes the server turned down for good, kept on this device with their words for the person to see. */
  rejected: number;
}

/** A refused change, as it was queued, with the server's answer. */
export interface KeptItem extends OutboxItem {
  seq: number;
  refusal: { status: number; title: string };
  refusedAt: string;
}

/** A placeholder, as written or URL-encoded ("local%3A…") inside a path. */
const LOCAL = /local(?::|%3A)([0-9a-f-]{36})/gi;

let userId: string | null = null;
/** False while the session is remembered but not yet confirmed by the server: queue, do not send. */
let sending = true;
let status: OutboxStatus = { pending: 0, rejected: 0 };
const listeners = new Set<(s: OutboxStatus) => void>();
/** Placeholder → server id, mirrored from the "ids" store. */
let ids = new Map<string, string>();
let idsLoaded = false;
/** Answers to queued items sent during this visit, by idempotency key, for the caller still waiting. */
const answers = new Map<string, unknown>();
const sentListeners = new Set<(sent: SentItem) => void>();

/** A queued create or change that has just reached the server, with the server's answer. */
export interface SentItem {
  method: OutboxItem['method'];
  url: string;
  /** The placeholder it had on this device, if it was a create others could refer to. */
  localId: string | null;
  data: unknown;
}

/**
 * Called for each queued item once the server has accepted it, so a screen can show what only the
 * server knows (a crisis verdict on a journal entry written offline). Returns the unsubscribe.
 */
export function onOutboxSent(listener: (sent: SentItem) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export function isLocalRef(ref: string): boolean {
  return ref.startsWith('local:');
}

export function onOutboxChange(listener: (s: OutboxStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxStatus(): OutboxStatus {
  return status;
}

function setStatus(patch: Partial<OutboxStatus>): void {
  status = { ...status, ...patch };
  for (const l of listeners) l(status);
}

async function loadIds(): Promise<void> {
  if (idsLoaded) return;
  const keys = await run('ids', 'readonly', (s) => s.getAllKeys());
  const values = await run('ids', 'readonly', (s) => s.getAll());
  ids = new Map(keys.map((k, i) => [k as string, String(values[i])]));
  idsLoaded = true;
}

/** The server id for a placeholder once it is known; anything else comes back unchanged. */
export function resolveRef(ref: string): string {
  return ids.get(ref) ?? ref;
}

function substitute<T>(value: T): T {
  const json = JSON.stringify(value);
  if (json === undefined || !/local(:|%3A)/i.test(json)) return value;
  return JSON.parse(json.replace(LOCAL, (m, uuid: string) => ids.get(`local:${uuid}`) ?? m)) as T;
}

function hasLocal(...values: unknown[]): boolean {
  return values.some((v) => {
    const json = JSON.stringify(v);
    return json !== undefined && /local(?::|%3A)[0-9a-f-]{36}/i.test(json);
  });
}

/** Worth trying again later: no connection, a timeout, too many requests, or trouble on the server. */
function transient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return (
    err.status === 0 ||
    err.status === 401 ||
    err.status === 403 ||
    err.status === 408 ||
    err.status === 423 ||
    err.status === 429 ||
    err.status >= 500
  );
}

async function send<T>(method: OutboxItem['method'], url: string, body: unknown, idempotencyKey: string): Promise<T> {
  return method === 'POST' ? api.post<T>(url, body, { idempotencyKey }) : api.patch<T>(url, body, { idempotencyKey });
}

async function itemsFor(user: string): Promise<OutboxItem[]> {
  const all = await run('items', 'readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>);
  return all.filter((i) => i.userId === user).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

async function keptFor(user: string): Promise<KeptItem[]> {
  const all = await run('kept', 'readonly', (s) => s.getAll() as IDBRequest<KeptItem[]>);
  return all.filter((i) => i.userId === user).sort((a, b) => a.seq - b.seq);
}

async function refreshCount(): Promise<void> {
  if (!userId) return setStatus({ pending: 0, rejected: 0 });
  setStatus({ pending: (await itemsFor(userId)).length, rejected: (await keptFor(userId)).length });
}

/** Moves a queued change the server will never take into "kept", under the same sequence number. */
async function keep(item: OutboxItem, refusal: KeptItem['refusal']): Promise<void> {
  const kept: KeptItem = { ...item, seq: item.seq ?? Date.now(), refusal, refusedAt: new Date().toISOString() };
  await run('kept', 'readwrite', (s) => s.put(kept));
  await run('items', 'readwrite', (s) => s.delete(item.seq ?? -1));
}

/** What the server refused for the person signed in, oldest first, with their words. */
export async function keptItems(): Promise<KeptItem[]> {
  if (!userId) return [];
  try {
    return await keptFor(userId);
  } catch {
    return [];
  }
}

/** The person has read or copied a refused change and lets it go. */
export async function forgetKept(seq: number): Promise<void> {
  const user = userId;
  if (!user) return;
  const item = (await keptFor(user)).find((i) => i.seq === seq);
  if (item) await run('kept', 'readwrite', (s) => s.delete(seq));
  await refreshCount();
}

/**
 * Sends a change now if it can, or keeps it for later. Throws ApiError only for answers that
 * retrying cannot fix (such as a validation problem), so the form can show them.
 */
export async function submit<T>(req: {
  /** The operation, kept with the item so a refused change can be shown for what it was. */
  op?: string;
  method: OutboxItem['method'];
  url: string;
  body: unknown;
  /** For creates that later changes may refer to: where the new object sits in the answer. */
  resultKey?: string;
}): Promise<Submitted<T>> {
  const user = userId;
  if (!user) throw new Error('The outbox needs someone signed in');
  await loadIds();
  const url = substitute(req.url);
  const body = substitute(req.body);
  const idempotencyKey = crypto.randomUUID();
  const waiting = (await itemsFor(user)).length > 0;

  if (sending && !waiting && !hasLocal(url, body) && navigator.onLine) {
    try {
      return { queued: false, data: await send<T>(req.method, url, body, idempotencyKey) };
    } catch (err) {
      if (!transient(err)) throw err;
      // Could not reach the server (or the session needs renewing): keep it, with the same key,
      // in case the first try did arrive.
    }
  }

  const localId = req.resultKey ? `local:${crypto.randomUUID()}` : null;
  const item: OutboxItem = {
    userId: user,
    ...(req.op !== undefined && { op: req.op }),
    method: req.method,
    url,
    body,
    idempotencyKey,
    localId,
    resultKey: req.resultKey ?? null,
    queuedAt: new Date().toISOString(),
  };
  await run('items', 'readwrite', (s) => s.add(item));
  await refreshCount();
  if (sending && navigator.onLine) {
    await flush();
    if (answers.has(idempotencyKey)) return { queued: false, data: answers.get(idempotencyKey) as T };
  }
  return { queued: true, localId };
}

let running: Promise<void> | null = null;
let again = false;

/** Replays waiting changes in order. Safe to call often: one replay runs at a time. */
export function flush(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const user = userId;
      if (!user || !sending || !navigator.onLine) break;
      if (navigator.locks) await navigator.locks.request('steady-outbox', () => drain(user));
      else await drain(user);
    } while (again);
  })()
    .catch(() => {
      // IndexedDB unavailable or a storage error: the items stay queued for the next try.
    })
    .finally(() => {
      running = null;
    });
  return running;
}

async function drain(user: string): Promise<void> {
  await loadIds();
  for (const item of await itemsFor(user)) {
    if (userId !== user || !sending || !navigator.onLine) return;
    const url = substitute(item.url);
    const body = substitute(item.body);
    if (hasLocal(url, body)) {
      // It depends on something that never reached the server; it cannot be sent on its own.
      await keep(item, { status: 0, title: 'Depends on a change that was not saved' });
      await refreshCount();
      continue;
    }
    let data: unknown;
    try {
      data = await send<unknown>(item.method, url, body, item.idempotencyKey);
    } catch (err) {
      if (transient(err)) return refreshCount();
      // Turned down for good (for example, the urge it belonged to was deleted meanwhile).
      await keep(item, err instanceof ApiError ? { status: err.status, title: err.title } : { status: 0, title: '' });
      await refreshCount();
      continue;
    }
    if (item.localId && item.resultKey) {
      const created = (data as Record<string, { id?: unknown } | undefined> | undefined)?.[item.resultKey];
      if (typeof created?.id === 'string') {
        const serverId = created.id;
        await run('ids', 'readwrite', (s) => s.put(serverId, item.localId ?? ''));
        ids.set(item.localId, serverId);
      }
    }
    answers.set(item.idempotencyKey, data);
    await run('items', 'readwrite', (s) => s.delete(item.seq ?? -1));
    await refreshCount();
    for (const l of sentListeners) l({ method: item.method, url: item.url, localId: item.localId, data });
  }
}

/**
 * Called once someone is signed in. Changes another person left queued in this browser are
 * deleted (never sent under the wrong account); this person's are sent. With `send: false` (the
 * app started offline, the session not yet confirmed by the server) changes are queued only.
 */
export async function startOutbox(user: string, opts: { send?: boolean } = {}): Promise<void> {
  userId = user;
  sending = opts.send ?? true;
  try {
    const all = await run('items', 'readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>);
    for (const other of all.filter((i) => i.userId !== user)) await run('items', 'readwrite', (s) => s.delete(other.seq ?? -1));
    // Another person's refused words are theirs alone, like their queued changes.
    const kept = await run('kept', 'readonly', (s) => s.getAll() as IDBRequest<KeptItem[]>);
    for (const other of kept.filter((i) => i.userId !== user)) await run('kept', 'readwrite', (s) => s.delete(other.seq));
    await refreshCount();
    await flush();
  } catch {
    // No IndexedDB (a private window in some browsers): everything still works online.
  }
}

/**
 * Creates still waiting on this device for the person signed in, oldest first, so a list can show
 * them as "waiting to sync" instead of leaving them out until they arrive.
 */
export async function waitingCreates<T>(url: string): Promise<{ localId: string | null; body: T; queuedAt: string }[]> {
  if (!userId) return [];
  try {
    return (await itemsFor(userId))
      .filter((i) => i.method === 'POST' && i.url === url)
      .map((i) => ({ localId: i.localId, body: i.body as T, queuedAt: i.queuedAt }));
  } catch {
    return [];
  }
}

/** Stops replaying (the session ended) without deleting anything. */
export function pauseOutbox(): void {
  userId = null;
  setStatus({ pending: 0 });
}

/** Logging out: forget every queued change, every placeholder and every per-device choice. */
export async function clearOutbox(): Promise<void> {
  userId = null;
  ids = new Map();
  idsLoaded = false;
  answers.clear();
  setStatus({ pending: 0, rejected: 0 });
  await deleteDb();
}

/**
 * Small per-device notes for a person (kept in the same database, so they are gone at logout).
 * They take the user id explicitly: a screen may ask before the outbox has started.
 */
export async function readMeta<T>(user: string, key: string): Promise<T | undefined> {
  try {
    return (await run('meta', 'readonly', (s) => s.get(`${user}:${key}`) as IDBRequest<T | undefined>)) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function writeMeta(user: string, key: string, value: unknown): Promise<void> {
  try {
    await run('meta', 'readwrite', (s) => s.put(value, `${user}:${key}`));
  } catch {
    // Not kept across visits on this device; nothing else depends on it.
  }
}
