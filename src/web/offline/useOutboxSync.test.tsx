import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, network, type FakeServer } from '../testing/fakeServer.js';

import type * as OutboxModule from './outbox.js';
import type * as SyncModule from './useOutboxSync.js';

type Outbox = typeof OutboxModule;
type Sync = typeof SyncModule;

const USER = 'c0ffee00-0000-4000-8000-000000000001';
const MINUTE = 60_000;

async function openPage(): Promise<{ outbox: Outbox; sync: Sync }> {
  vi.resetModules();
  return { outbox: await import('./outbox.js'), sync: await import('./useOutboxSync.js') };
}

let server: FakeServer;
let online: ReturnType<typeof network>;

beforeEach(() => {
  server = fakeServer();
  online = network(false);
});

afterEach(() => vi.useRealTimers());

describe('useOutboxSync', () => {
  it('replays what was kept offline when the connection comes back', async () => {
    const { outbox, sync } = await openPage();
    const { unmount } = renderHook(() => sync.useOutboxSync(USER));
    await act(() => outbox.flush());
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'On the train' }, resultKey: 'entry' });
    expect(server.tried).toEqual([]);

    online.set(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    // Nothing else asks for a replay here: only the hook's listener can send it.
    await vi.waitFor(() => expect(server.seen.map((r) => r.body)).toEqual([{ text: 'On the train' }]));
    await vi.waitFor(() => expect(outbox.outboxStatus().pending).toBe(0));
    unmount();
  });

  it('sends nothing until the session is confirmed, then sends what waited', async () => {
    const { outbox, sync } = await openPage();
    online.set(true);
    const { rerender } = renderHook(({ confirmed }) => sync.useOutboxSync(USER, confirmed), { initialProps: { confirmed: false } });
    await act(() => outbox.flush());
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'Opened from the device' }, resultKey: 'entry' });
    expect(server.tried).toEqual([]);

    rerender({ confirmed: true });
    await vi.waitFor(() => expect(server.seen.map((r) => r.body)).toEqual([{ text: 'Opened from the device' }]));
  });
});

describe('useOutboxSync’s minute-by-minute retry', () => {
  // The outbox itself is replaced here: this is only about when the hook asks for a replay.
  const status = { pending: 0, rejected: 0 };
  const changeListeners = new Set<(s: typeof status) => void>();
  const mocked = {
    startOutbox: vi.fn(async () => undefined),
    flush: vi.fn(async () => undefined),
    outboxStatus: () => status,
    onOutboxChange: (l: (s: typeof status) => void) => {
      changeListeners.add(l);
      return () => changeListeners.delete(l);
    },
  };
  const setPending = (pending: number) => {
    status.pending = pending;
    for (const l of changeListeners) l({ ...status });
  };

  beforeEach(() => {
    vi.doMock('./outbox.js', () => mocked);
    vi.useFakeTimers();
    status.pending = 0;
    mocked.flush.mockClear();
    mocked.startOutbox.mockClear();
  });
  afterEach(() => {
    vi.doUnmock('./outbox.js');
    changeListeners.clear();
  });

  it('asks when the connection returns and every minute while something waits; stops when nothing does, and at sign-out', async () => {
    const { sync } = await openPage();
    const { unmount } = renderHook(() => sync.useOutboxSync(USER));
    expect(mocked.startOutbox).toHaveBeenCalledExactlyOnceWith(USER, { send: true });
    vi.advanceTimersByTime(5 * MINUTE);
    expect(mocked.flush).not.toHaveBeenCalled();

    setPending(2);
    vi.advanceTimersByTime(MINUTE);
    expect(mocked.flush).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(mocked.flush).toHaveBeenCalledTimes(3);

    setPending(0);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(mocked.flush).toHaveBeenCalledTimes(3);

    window.dispatchEvent(new Event('online'));
    expect(mocked.flush).toHaveBeenCalledTimes(4);

    setPending(1);
    unmount();
    vi.advanceTimersByTime(5 * MINUTE);
    window.dispatchEvent(new Event('online'));
    expect(mocked.flush).toHaveBeenCalledTimes(4);
  });

  it('does nothing while nobody is signed in', async () => {
    const { sync } = await openPage();
    setPending(1);
    renderHook(() => sync.useOutboxSync(null));
    window.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(5 * MINUTE);
    expect(mocked.startOutbox).not.toHaveBeenCalled();
    expect(mocked.flush).not.toHaveBeenCalled();
  });
});
