import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { pushHandlers } from '../../scripts/sw-push.js';

type Listener = (event: unknown) => void;

/** The worker's source run against a stand-in for its global scope: the listeners it adds, and what they call. */
function worker(windows: { url: string }[] = []) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const focused: { url: string; messages: unknown[] }[] = [];
  const opened: string[] = [];
  const clients = windows.map((w) => {
    const c = {
      url: w.url,
      messages: [] as unknown[],
      focus: vi.fn(async () => c),
      postMessage: (m: unknown) => c.messages.push(m),
    };
    return c;
  });
  const self = {
    location: { origin: 'https://steady.example' },
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
    registration: {
      showNotification: vi.fn(async (title: string, options: Record<string, unknown>) => {
        shown.push({ title, options });
      }),
    },
    clients: {
      matchAll: vi.fn(async () => clients),
      openWindow: vi.fn(async (url: string) => {
        opened.push(url);
        return null;
      }),
    },
  };
  runInNewContext(pushHandlers('/icons/icon-192.png'), { self, URL });
  const fire = async (type: string, event: Record<string, unknown>) => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  for (const c of clients) focused.push(c);
  return { fire, shown, opened, focused };
}

const message = (payload: unknown) => ({ data: { json: () => payload } });

describe('the service worker’s push handlers', () => {
  it('shows the payload’s own words, tagged by its id so a repeat replaces it, with the app’s icon', async () => {
    const w = worker();
    await w.fire('push', message({ id: 'n-1', kind: 'test', title: 'A test from Steady', body: 'It works.', link: '/notifications' }));
    expect(w.shown).toEqual([
      {
        title: 'A test from Steady',
        options: {
          body: 'It works.',
          tag: 'n-1',
          icon: '/icons/icon-192.png',
          badge: '/icons/icon-192.png',
          data: { id: 'n-1', link: '/notifications' },
        },
      },
    ]);
  });

  it('still shows something plain for a message it cannot read, and never a link to another origin', async () => {
    const w = worker();
    await w.fire('push', { data: { json: () => JSON.parse('not json') as unknown } });
    await w.fire('push', message({ id: 'n-2', title: 'Hi', body: '', link: '//elsewhere.example/x' }));
    expect(w.shown[0]?.title).toBe('Steady');
    expect(w.shown[1]?.options.data).toEqual({ id: 'n-2', link: '/notifications' });
  });

  it('a tap focuses an open Steady window and tells it where to go', async () => {
    const w = worker([{ url: 'https://other.example/' }, { url: 'https://steady.example/home' }]);
    const close = vi.fn();
    await w.fire('notificationclick', { notification: { data: { id: 'n-3', link: '/urges/abc' }, close } });
    expect(close).toHaveBeenCalled();
    expect(w.focused[0]?.messages).toEqual([]);
    expect(w.focused[1]?.messages).toEqual([{ type: 'steady:open', link: '/urges/abc', id: 'n-3' }]);
    expect(w.opened).toEqual([]);
  });

  it('a tap with no Steady window open opens one at the link', async () => {
    const w = worker();
    await w.fire('notificationclick', { notification: { data: { id: 'n-4', link: '/pair/requests' }, close: vi.fn() } });
    expect(w.opened).toEqual(['https://steady.example/pair/requests']);
  });
});
