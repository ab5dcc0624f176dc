// @vitest-environment happy-dom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SteadyEvent } from '../../contracts/events.js';
import { ApiError } from '../api/client.js';
import { goalKeys } from '../features/pair/goals/queries.js';
import { useJournal, useJournalEntry, useUpdateEntry } from '../features/journal/queries.js';
import { kudosKeys, useKudosFeed } from '../features/pair/kudos/queries.js';
import { pairKeys } from '../features/pair/queries.js';
import { requestKeys } from '../features/pair/requests/queries.js';
import { reviewKeys } from '../features/pair/reviews/queries.js';
import { urgeKeys } from '../features/reassurance/urges/queries.js';
import { LiveEvents, type EventSourceLike } from '../live/events.js';
import { connectLive } from '../live/invalidation.js';
import { loaded, loadedItem } from './loaded.js';
import { createQueryClient } from './queryClient.js';

/** The server as fetch sees it: a handler per "METHOD path", every call recorded. */
function fakeServer(routes: Record<string, (body: unknown) => unknown>) {
  const calls: string[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://steady.test');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    calls.push(key);
    const handler = routes[key];
    if (!handler) return new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404 }), { status: 404 });
    const body: unknown = await handler(typeof init?.body === 'string' ? JSON.parse(init.body) : undefined);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, count: (key: string) => calls.filter((c) => c === key).length };
}

const entry = (text: string) => ({
  id: '6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f',
  text,
  mood: null,
  tags: [],
  prompt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});

let client: QueryClient;
const wrap = (ui: ReactNode) => <QueryClientProvider client={client}>{ui}</QueryClientProvider>;

beforeEach(() => {
  client = createQueryClient();
});
afterEach(() => {
  cleanup();
  client.clear();
  vi.unstubAllGlobals();
});

function JournalList() {
  const state = loaded(useJournal({ tag: null, limit: 20 }, { enabled: true }));
  const update = useUpdateEntry();
  if (state.status !== 'ready') return <p>{state.status}</p>;
  return (
    <>
      <ul>
        {state.data.pages
          .flatMap((p) => p.items)
          .map((e) => (
            <li key={e.id}>{e.text}</li>
          ))}
      </ul>
      <button onClick={() => void update.mutateAsync({ id: entry('').id, body: { text: 'Kinder words' } })}>Save</button>
    </>
  );
}

function EntryView({ id }: { id: string }) {
  const state = loadedItem(useJournalEntry(id));
  return <p>{state.status === 'ready' ? state.data.entry.text : state.status}</p>;
}

describe('the query cache', () => {
  it('refetches the shown list after a change to one of its entries', async () => {
    let text = 'First words';
    const server = fakeServer({
      'GET /api/v1/journal': () => ({ items: [entry(text)], nextCursor: null }),
      'PATCH /api/v1/journal/6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f': () => {
        text = 'Kinder words';
        return { entry: entry(text), safety: { crisis: false } };
      },
    });
    render(wrap(<JournalList />));
    expect(await screen.findByText('First words')).toBeTruthy();
    expect(server.count('GET /api/v1/journal')).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Kinder words')).toBeTruthy();
    expect(server.count('GET /api/v1/journal')).toBe(2);
    // The entry's own cache entry holds the server's answer, so its page needs no request.
    expect(client.getQueryData(['journal', 'detail', entry('').id])).toMatchObject({ entry: { text: 'Kinder words' } });
  });

  it('draws cached data at once when a screen mounts again, and asks the server again behind it', async () => {
    let answer: (() => void) | null = null;
    const server = fakeServer({
      'GET /api/v1/journal/6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f': async () => {
        // The second request is held: what shows meanwhile comes from memory.
        if (server.count('GET /api/v1/journal/6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f') > 1) await new Promise<void>((r) => (answer = r));
        return { entry: entry('Still here'), safety: { crisis: false } };
      },
    });
    const first = render(wrap(<EntryView id={entry('').id} />));
    expect(await screen.findByText('Still here')).toBeTruthy();
    first.unmount();

    render(wrap(<EntryView id={entry('').id} />));
    // Synchronously, on the first render: no "loading" in between.
    expect(screen.getByText('Still here')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    await waitFor(() => expect(server.count('GET /api/v1/journal/6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f')).toBe(2));
    act(() => answer?.());
  });

  it('answers a 404 as missing without asking again, and tries a request that never arrived once more', () => {
    const retry = client.getDefaultOptions().queries?.retry as (failures: number, err: unknown) => boolean;
    expect(retry(0, new ApiError({ type: 'about:blank', title: 'Not found', status: 404 }))).toBe(false);
    expect(retry(0, new ApiError({ type: 'about:blank', title: 'No connection', status: 0 }))).toBe(true);
    expect(retry(2, new ApiError({ type: 'about:blank', title: 'No connection', status: 0 }))).toBe(false);
    expect(loaded({ data: undefined, error: new ApiError({ type: 'about:blank', title: 'Not found', status: 404 }) })).toEqual({
      status: 'missing',
    });
    // A refetch told the thing is gone replaces the cached copy; any other failure keeps it on screen.
    expect(loaded({ data: 1, error: new ApiError({ type: 'about:blank', title: 'Not found', status: 404 }) })).toEqual({
      status: 'missing',
    });
    expect(loaded({ data: 1, error: new ApiError({ type: 'about:blank', title: 'No connection', status: 0 }) })).toEqual({
      status: 'ready',
      data: 1,
    });
  });
});

class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: EventSourceLike['onopen'] = null;
  onmessage: EventSourceLike['onmessage'] = null;
  onerror: EventSourceLike['onerror'] = null;
  open() {
    this.readyState = 1;
    this.onopen?.call(this, new Event('open'));
  }
  send(event: SteadyEvent) {
    this.onmessage?.call(this, { data: JSON.stringify(event) } as MessageEvent<string>);
  }
  close() {
    this.readyState = 2;
  }
}

function liveSetup() {
  const sources: FakeSource[] = [];
  const live = new LiveEvents(() => {
    const s = new FakeSource();
    sources.push(s);
    return s;
  });
  live.setSignedIn(true);
  const off = connectLive(live, client);
  // A screen listening keeps the stream open; what goes stale is decided by the map, not by the screen.
  const unsubscribe = live.subscribe(['kudos.given'], () => undefined);
  sources[0]!.open();
  return { source: sources[0]!, stop: () => (off(), unsubscribe()) };
}

const at = '2026-12-04T10:00:00.000Z';
const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('live events', () => {
  const seeded = [
    kudosKeys.feed(),
    requestKeys.list(),
    pairKeys.overview(),
    goalKeys.week('2026-11-30'),
    reviewKeys.period('weekly', 'x'),
    urgeKeys.lists(),
  ];
  beforeEach(() => {
    for (const key of seeded) client.setQueryData(key, { seeded: true });
  });

  it('mark stale only the keys the event names, even with no screen showing them', () => {
    const { source, stop } = liveSetup();
    source.send({ type: 'kudos.given', at });
    expect(stale(kudosKeys.feed())).toBe(true);
    expect(stale(requestKeys.list())).toBe(false);
    expect(stale(goalKeys.week('2026-11-30'))).toBe(false);

    // No screen listens for requests; the cache still hears of them.
    source.send({ type: 'request.created', at });
    expect(stale(requestKeys.list())).toBe(true);
    expect(stale(pairKeys.overview())).toBe(false);
    stop();
  });

  it('a pair that ends marks every pair screen, goals and reviews, and nothing of the person’s own', () => {
    const { source, stop } = liveSetup();
    source.send({ type: 'pair.ended', at });
    for (const key of [
      kudosKeys.feed(),
      requestKeys.list(),
      pairKeys.overview(),
      goalKeys.week('2026-11-30'),
      reviewKeys.period('weekly', 'x'),
    ])
      expect(stale(key)).toBe(true);
    expect(stale(urgeKeys.lists())).toBe(false);
    stop();
  });

  it('after a break in the connection, marks everything an event could have named', () => {
    const { source, stop } = liveSetup();
    source.readyState = 0;
    source.onerror?.call(source, new Event('error'));
    source.open();
    for (const key of seeded.slice(0, 5)) expect(stale(key)).toBe(true);
    expect(stale(urgeKeys.lists())).toBe(false);
    stop();
  });

  it('refetches what a mounted screen shows when its event arrives', async () => {
    const server = fakeServer({
      'GET /api/v1/pair': () => ({ pair: { id: 'p', partner: { displayName: 'Sam' } }, ended: null }),
      'GET /api/v1/pair/kudos': () => ({ items: [], nextCursor: null }),
    });
    function Feed() {
      const state = loaded(useKudosFeed());
      return <p>{state.status}</p>;
    }
    client.removeQueries();
    const { source, stop } = liveSetup();
    render(wrap(<Feed />));
    expect(await screen.findByText('ready')).toBeTruthy();
    expect(server.count('GET /api/v1/pair/kudos')).toBe(1);
    act(() => source.send({ type: 'kudos.given', at }));
    await waitFor(() => expect(server.count('GET /api/v1/pair/kudos')).toBe(2));
    stop();
  });
});
