import type { CreatePushSubscriptionBody } from '../../../contracts/notifications/notifications.js';
import { notificationsApi } from './api.js';

/** Where this device stands with push: what the Reminders section says and offers. */
export type DevicePush = 'unsupported' | 'denied' | 'off' | 'on';

/** How long to wait for the service worker before deciding this browser cannot receive push here. */
const WORKER_WAIT_MS = 4000;

function supported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The app's service worker, or null when none runs here (a development server, a browser without one). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!supported()) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WORKER_WAIT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

export async function devicePushState(): Promise<DevicePush> {
  const reg = await registration();
  if (!reg) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const sub = await reg.pushManager.getSubscription();
  return sub && Notification.permission === 'granted' ? 'on' : 'off';
}

/** The VAPID key as the bytes `applicationServerKey` takes (the server gives it base64url). */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * Asks the browser (it shows its own prompt), subscribes with the server's VAPID key and hands the
 * subscription to the server as the browser wrote it. Resolves with where the device stands after.
 */
export async function startPushHere(): Promise<DevicePush> {
  const reg = await registration();
  if (!reg) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'denied';
  if (permission !== 'granted') return 'off';
  const { publicKey } = await notificationsApi.publicKey();
  const sub =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  await notificationsApi.subscribe(sub.toJSON() as CreatePushSubscriptionBody);
  return 'on';
}

/**
 * Ends push on this device: the browser's subscription first (so nothing more is shown here even
 * if the server cannot be told now), then the server's copy. A server that already forgot it is
 * fine; `tellServer: false` when there is no session left to tell (the account was deleted, and
 * the server removed its subscriptions with it).
 */
export async function stopPushHere({ tellServer = true }: { tellServer?: boolean } = {}): Promise<void> {
  const reg = await registration();
  const sub = reg ? await reg.pushManager.getSubscription() : null;
  if (!sub) return;
  const endpoint = sub.endpoint;
  await sub.unsubscribe();
  if (!tellServer) return;
  try {
    await notificationsApi.unsubscribe(endpoint);
  } catch {
    // Offline or already gone: the push service now refuses this endpoint, and the server removes
    // a subscription the push service refuses the next time it tries it.
  }
}
