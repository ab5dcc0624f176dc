import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SteadyEvent } from '../../contracts/events.js';
import { LiveEvents, type EventSourceLike } from './events.js';

class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: EventSourceLike['onopen'] = null;
  onmessage: EventSourceLike['onmessage'] = null;
  onerror: EventSourceLike['onerror'] = null;
  closed = false;
  constructor(readonly url: string) {}
  open() {
    this.readyState = 1;
    this.onopen?.call(this, new Event('open'));
  }
  send(data: unknown) {
    this.onmessage?.call(this, { data: typeof data === 'string' ? data : JSON.stringify(data) } as MessageEvent<string>);
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.call(this, new Event('error'));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

function setup() {
  const sources: FakeSource[] = [];
  const live = new LiveEvents((url) => {
    const s = new FakeSource(url);
    sources.push(s);
    return s;
  });
  return { live, sources };
}

const linked: SteadyEvent = { type: 'pair.linked', id: '6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f', at: '2026-11-22T01:00:00.000Z' };

describe('the live connection', () => {
  afterEach(() => vi.useRealTimers());

  it('opens one shared connection only while someone is signed in and a screen listens, and closes at log-out', () => {
    const { live, sources } = setup();
    const off1 = live.subscribe(['pair.linked'], () => undefined);
    expect(sources).toHaveLength(0);
    live.setSignedIn(true);
    const off2 = live.subscribe(['pair.ended'], () => undefined);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('/api/v1/events');
    off1();
    expect(sources[0]!.closed).toBe(false);
    off2();
    expect(sources[0]!.closed).toBe(true);
    live.subscribe(['pair.linked'], () => undefined);
    expect(sources).toHaveLength(2);
    live.setSignedIn(false);
    expect(sources[1]!.closed).toBe(true);
    expect(live.connected).toBe(false);
  });

  it('hands each screen the event types it asked for, and skips what it cannot read', () => {
    const { live, sources } = setup();
    live.setSignedIn(true);
    const pairScreen = vi.fn();
    const other = vi.fn();
    live.subscribe(['pair.linked', 'pair.ended'], pairScreen);
    live.subscribe(['pair.ended'], other);
    sources[0]!.open();
    sources[0]!.send(linked);
    sources[0]!.send('not json');
    sources[0]!.send({ type: 'something.new', at: linked.at });
    expect(pairScreen).toHaveBeenCalledExactlyOnceWith(linked);
    expect(other).not.toHaveBeenCalled();
  });

  it('asks every screen to refetch after coming back from a break, not on the first open', () => {
    const { live, sources } = setup();
    live.setSignedIn(true);
    const screen = vi.fn();
    live.subscribe(['pair.linked'], screen);
    sources[0]!.open();
    expect(screen).not.toHaveBeenCalled();
    // A network break: EventSource reconnects by itself and opens again.
    sources[0]!.fail(0);
    sources[0]!.open();
    expect(screen).toHaveBeenCalledExactlyOnceWith();
  });

  it('tries again, more slowly each time, when the browser gives up on the stream', () => {
    vi.useFakeTimers();
    const { live, sources } = setup();
    live.setSignedIn(true);
    live.subscribe(['pair.linked'], () => undefined);
    sources[0]!.fail(2);
    expect(live.connected).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(sources).toHaveLength(2);
    sources[1]!.fail(2);
    vi.advanceTimersByTime(2_000);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(2_000);
    expect(sources).toHaveLength(3);
    // Logging out stops the retries.
    sources[2]!.fail(2);
    live.setSignedIn(false);
    vi.advanceTimersByTime(120_000);
    expect(sources).toHaveLength(3);
  });
});
