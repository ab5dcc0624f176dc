// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { devicePushState, keyBytes, startPushHere, stopPushHere } from './devicePush.js';

const KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const SUB_JSON = { endpoint: 'https://push.example/abc', expirationTime: null, keys: { p256dh: 'p', auth: 'a' } };

/** A browser with a service worker and push: its permission answer, its subscription, and the server's requests. */
function browser(answer: NotificationPermission) {
  let current: { endpoint: string; toJSON: () => unknown; unsubscribe: () => Promise<boolean> } | null = null;
  const subscribe = vi.fn(async (_options: PushSubscriptionOptionsInit) => {
    current = { endpoint: SUB_JSON.endpoint, toJSON: () => SUB_JSON, unsubscribe: vi.fn(async () => ((current = null), true)) };
    return current;
  });
  const pushManager = { subscribe, getSubscription: vi.fn(async () => current) };
  const permission = { value: 'default' as NotificationPermission };
  vi.stubGlobal('PushManager', function PushManager() {});
  vi.stubGlobal('Notification', {
    get permission() {
      return permission.value;
    },
    requestPermission: vi.fn(async () => (permission.value = answer)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { ready: Promise.resolve({ pushManager }) } });
  const seen: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      seen.push({ method: init.method ?? 'GET', url, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      if (url === '/api/v1/push/public-key') return Response.json({ publicKey: KEY });
      if (init.method === 'DELETE') return new Response(null, { status: 204 });
      return Response.json({ id: '0c8f1a52-93c4-4f0e-9d7e-5a1e2f3b4c5d', createdAt: '2026-12-07T10:00:00.000Z' }, { status: 201 });
    }),
  );
  return { subscribe, seen };
}

beforeEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('push on this device', () => {
  it('turns the base64url VAPID key into the bytes the browser takes', () => {
    const bytes = keyBytes(KEY);
    expect(bytes.length).toBe(65);
    expect(bytes[0]).toBe(4);
  });

  it('asks, subscribes with the server’s key and hands the subscription over as the browser wrote it', async () => {
    const b = browser('granted');
    expect(await devicePushState()).toBe('off');
    expect(await startPushHere()).toBe('on');
    expect(b.subscribe.mock.calls[0]?.[0]).toEqual({ userVisibleOnly: true, applicationServerKey: keyBytes(KEY) });
    expect(b.seen.at(-1)).toEqual({ method: 'POST', url: '/api/v1/push/subscriptions', body: SUB_JSON });
    expect(await devicePushState()).toBe('on');
  });

  it('subscribes nothing when the person says no, and says so', async () => {
    const b = browser('denied');
    expect(await startPushHere()).toBe('denied');
    expect(b.subscribe).not.toHaveBeenCalled();
    expect(b.seen).toEqual([]);
    expect(await devicePushState()).toBe('denied');
  });

  it('stopping ends the browser’s subscription and tells the server which one', async () => {
    const b = browser('granted');
    await startPushHere();
    await stopPushHere();
    expect(b.seen.at(-1)).toEqual({
      method: 'DELETE',
      url: `/api/v1/push/subscriptions?endpoint=${encodeURIComponent(SUB_JSON.endpoint)}`,
      body: undefined,
    });
    expect(await devicePushState()).toBe('off');
  });

  it('after the account is gone, only the browser’s subscription ends', async () => {
    const b = browser('granted');
    await startPushHere();
    const before = b.seen.length;
    await stopPushHere({ tellServer: false });
    expect(b.seen.length).toBe(before);
    expect(await devicePushState()).toBe('off');
  });

  it('says this browser cannot, where there is no push', async () => {
    expect(await devicePushState()).toBe('unsupported');
  });
});
