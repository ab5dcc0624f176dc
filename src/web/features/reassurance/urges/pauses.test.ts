import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PauseState } from './pauses.js';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const base: PauseState = {
  occurredAt: '2026-12-03T10:00:00Z',
  action: 'delayed',
  anxietyBefore: 6,
  queued: false,
  crisis: false,
  timer: null,
  followUp: null,
};

describe('pause timers across a reload', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('localStorage', new MemoryStorage());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a running timer on the device, so a fresh page finds the same end time', async () => {
    const { pauseStore } = await import('./pauses.js');
    pauseStore.set('u1', base);
    const timer = { minutes: 10, startedAt: Date.now(), endsAt: Date.now() + 600_000 };
    pauseStore.update('u1', { timer });
    vi.resetModules();
    const reloaded = (await import('./pauses.js')).pauseStore;
    expect(reloaded.get('u1')).toBeUndefined();
    expect(reloaded.savedTimer('u1')).toEqual(timer);
    expect(reloaded.savedTimer('someone-else')).toBeNull();
  });

  it('lets go of the timer once it has been answered', async () => {
    const { pauseStore } = await import('./pauses.js');
    pauseStore.set('u2', { ...base, timer: { minutes: 5, startedAt: 1, endsAt: Date.now() + 300_000 } });
    pauseStore.update('u2', { followUp: { minutesAfter: 5, anxiety: 3, passed: 'yes' } });
    expect(pauseStore.savedTimer('u2')).toBeNull();
  });
});
