import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, network, problem, type FakeServer } from '../testing/fakeServer.js';

import type * as OutboxModule from './outbox.js';
import type * as ClientModule from '../api/client.js';

type Outbox = typeof OutboxModule;
type Client = typeof ClientModule;

/**
 * A page of the app: its own copy of every module (the outbox keeps its state in module memory),
 * over the test's one IndexedDB. Loading a second page is a reload of the app on the same device.
 */
async function openPage(): Promise<{ outbox: Outbox; client: Client }> {
  vi.resetModules();
  return { outbox: await import('./outbox.js'), client: await import('../api/client.js') };
}

const USER = 'c0ffee00-0000-4000-8000-000000000001';
const urge = { occurredAt: '2026-12-04T09:00:00.000Z', intensity: 6, triggers: [] };
const LOCAL = /^local:[0-9a-f-]{36}$/;

let server: FakeServer;
let online: ReturnType<typeof network>;

beforeEach(() => {
  server = fakeServer();
  online = network(true);
});

describe('the outbox, online', () => {
  it('sends a change straight away, with an idempotency key, when nothing older waits', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    const sent = await outbox.submit<{ urge: { id: string } }>({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    expect(sent).toEqual({ queued: false, data: { urge: expect.objectContaining({ id: server.createdId(0) }) } });
    expect(server.seen).toEqual([
      { method: 'POST', url: '/api/v1/urges', body: urge, idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ]);
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('keeps a change the network lost, and retries it with the same idempotency key', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    server.answer(() => 'unreachable');
    const sent = await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    expect(sent).toEqual({ queued: true, localId: expect.stringMatching(LOCAL) });
    // Tried once straight away and once more from the queue; neither arrived.
    expect(server.tried).toHaveLength(2);
    expect(outbox.outboxStatus().pending).toBe(1);

    server.answer(() => undefined);
    await outbox.flush();
    expect(server.seen).toHaveLength(1);
    const keys = new Set([...server.tried.map((r) => r.idempotencyKey)]);
    expect(keys.size, 'every attempt carries the key made the first time').toBe(1);
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('keeps a change while the server is struggling (503, 429) or the session needs renewing (401, 423), with its key', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    const refusals = [
      problem(503, 'Unavailable'),
      problem(429, 'Too many requests'),
      problem(401, 'Sign in again'),
      problem(423, 'Locked'),
    ];
    let i = 0;
    server.answer(() => refusals[i++]);
    await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    expect(outbox.outboxStatus().pending).toBe(1);
    await outbox.flush();
    await outbox.flush();
    expect(outbox.outboxStatus()).toEqual({ pending: 1, rejected: 0 });

    await outbox.flush();
    expect(server.seen.map((r) => r.idempotencyKey)).toEqual(Array(5).fill(server.seen[0]!.idempotencyKey));
    expect(server.seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/urges', body: urge });
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('hands a refusal retrying cannot fix (400, 422) straight to the form, with its field errors, and keeps nothing', async () => {
    const { outbox, client } = await openPage();
    await outbox.startOutbox(USER);
    server.answer(() => problem(400, 'Invalid request', [{ field: 'triggers.0', message: 'Shorter, please' }]));
    const refused = await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(client.ApiError);
    expect((refused as InstanceType<Client['ApiError']>).fieldErrors).toEqual({ triggers: 'Shorter, please' });
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
    await outbox.flush();
    expect(server.tried).toHaveLength(1);
  });

  it('queues a new change behind older ones still waiting, so they arrive in the order they were made', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    server.answer(() => 'unreachable');
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'first' }, resultKey: 'entry' });
    server.answer(() => undefined);
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'second' }, resultKey: 'entry' });
    expect(server.seen.map((r) => (r.body as { text: string }).text)).toEqual(['first', 'second']);
    expect(outbox.outboxStatus().pending).toBe(0);
  });
});

describe('the outbox, offline', () => {
  it('keeps a create and the changes that refer to it, then replays them in order with the server’s id in place of the placeholder', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    online.set(false);
    const created = await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    if (!created.queued || !created.localId) throw new Error('expected the create to be queued with a placeholder');
    const local = created.localId;
    expect(local).toMatch(LOCAL);
    await outbox.submit({ method: 'POST', url: `/api/v1/urges/${local}/follow-ups`, body: { minutesAfter: 30, anxiety: 4 } });
    await outbox.submit({ method: 'PATCH', url: `/api/v1/urges/${encodeURIComponent(local)}`, body: { wantedTo: 'Ask if we are okay' } });
    await outbox.submit({
      method: 'POST',
      url: '/api/v1/tool-sessions',
      body: { tool: 'breathing', urgeId: local },
      resultKey: 'toolSession',
    });
    expect(server.tried).toEqual([]);
    expect(outbox.outboxStatus()).toEqual({ pending: 4, rejected: 0 });
    const waiting = await outbox.waitingCreates('/api/v1/urges');
    expect(waiting).toEqual([{ localId: local, body: urge, queuedAt: expect.any(String) }]);

    online.set(true);
    await outbox.flush();
    const id = server.createdId(0);
    expect(server.seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/v1/urges', urge],
      ['POST', `/api/v1/urges/${id}/follow-ups`, { minutesAfter: 30, anxiety: 4 }],
      ['PATCH', `/api/v1/urges/${id}`, { wantedTo: 'Ask if we are okay' }],
      ['POST', '/api/v1/tool-sessions', { tool: 'breathing', urgeId: id }],
    ]);
    expect(new Set(server.seen.map((r) => r.idempotencyKey)).size, 'each change has a key of its own').toBe(4);
    expect(outbox.resolveRef(local)).toBe(id);
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('a change made after the create went through is sent straight to the server’s id', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    online.set(false);
    const created = await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    online.set(true);
    await outbox.flush();
    const local = created.queued ? created.localId : null;
    const sent = await outbox.submit({ method: 'PATCH', url: `/api/v1/urges/${local}`, body: { intensity: 3 } });
    expect(sent.queued).toBe(false);
    expect(server.seen.at(-1)).toMatchObject({ method: 'PATCH', url: `/api/v1/urges/${server.createdId(0)}` });
  });

  it('tells whoever listens what each queued change got back, with the placeholder it had', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    online.set(false);
    const created = await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'On the train' }, resultKey: 'entry' });
    const heard = vi.fn();
    outbox.onOutboxSent(heard);
    online.set(true);
    await outbox.flush();
    expect(heard).toHaveBeenCalledExactlyOnceWith({
      method: 'POST',
      url: '/api/v1/journal',
      localId: created.queued ? created.localId : 'not queued',
      data: { entry: { id: server.createdId(0), text: 'On the train' } },
    });
  });

  it('a change the server refuses for good on replay is counted and shown, the rest still go, and what depended on it is not sent', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    online.set(false);
    const created = await outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    const local = created.queued ? created.localId : null;
    await outbox.submit({ method: 'POST', url: `/api/v1/urges/${local}/follow-ups`, body: { minutesAfter: 30, anxiety: 4 } });
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'Still here' }, resultKey: 'entry' });
    server.answer((req) => (req.url === '/api/v1/urges' ? problem(422, 'That urge cannot be saved') : undefined));
    const seenStatus = vi.fn();
    outbox.onOutboxChange(seenStatus);

    online.set(true);
    await outbox.flush();
    // The follow-up could only be sent with a placeholder the server never knew: it is not sent at all.
    expect(server.seen.map((r) => [r.method, r.url])).toEqual([
      ['POST', '/api/v1/urges'],
      ['POST', '/api/v1/journal'],
    ]);
    // The layout shows "could not be added to your account" from this count.
    expect(outbox.outboxStatus()).toEqual({ pending: 0, rejected: 2 });
    expect(seenStatus).toHaveBeenLastCalledWith({ pending: 0, rejected: 2 });
  });

  it('keeps what the server refused on replay, words and all, on the device until the person lets it go, across a reload', async () => {
    const first = await openPage();
    await first.outbox.startOutbox(USER);
    online.set(false);
    const withWords = { ...urge, triggers: ['no reply for hours'], note: 'I wanted to ask again and did not' };
    await first.outbox.submit({ op: 'createUrge', method: 'POST', url: '/api/v1/urges', body: withWords, resultKey: 'urge' });
    await first.outbox.submit({
      op: 'createJournalEntry',
      method: 'POST',
      url: '/api/v1/journal',
      body: { text: 'A long walk helped' },
      resultKey: 'entry',
    });
    server.answer((req) => (req.url === '/api/v1/urges' ? problem(422, 'That urge cannot be saved') : undefined));
    online.set(true);
    await first.outbox.flush();

    // Opened again later: the refused urge is still there to read, with the reason the server gave.
    const second = await openPage();
    await second.outbox.startOutbox(USER);
    expect(second.outbox.outboxStatus()).toEqual({ pending: 0, rejected: 1 });
    const kept = await second.outbox.keptItems();
    expect(kept).toEqual([
      expect.objectContaining({
        op: 'createUrge',
        body: withWords,
        refusal: { status: 422, title: 'That urge cannot be saved' },
        refusedAt: expect.stringMatching(/^\d{4}-/),
      }),
    ]);
    // Nothing refused is ever sent again by itself.
    await second.outbox.flush();
    expect(server.tried.filter((r) => r.url === '/api/v1/urges')).toHaveLength(1);

    await second.outbox.forgetKept(kept[0]!.seq);
    expect(await second.outbox.keptItems()).toEqual([]);
    expect(second.outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('keeps words another person left refused on this device away from the one signed in now', async () => {
    const first = await openPage();
    await first.outbox.startOutbox(USER);
    online.set(false);
    await first.outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'mine alone' }, resultKey: 'entry' });
    server.answer(() => problem(422, 'No'));
    online.set(true);
    await first.outbox.flush();
    expect(await first.outbox.keptItems()).toHaveLength(1);

    const second = await openPage();
    await second.outbox.startOutbox('c0ffee00-0000-4000-8000-000000000002');
    expect(await second.outbox.keptItems()).toEqual([]);
    expect(second.outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });
  });

  it('a queued change waits for the connection and is not lost when the network drops again mid-replay', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER);
    online.set(false);
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'one' }, resultKey: 'entry' });
    await outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'two' }, resultKey: 'entry' });
    await outbox.flush();
    expect(server.tried).toEqual([]);

    online.set(true);
    server.answer((req) => ((req.body as { text: string }).text === 'two' ? 'unreachable' : undefined));
    await outbox.flush();
    expect(server.seen).toHaveLength(1);
    expect(outbox.outboxStatus().pending).toBe(1);

    server.answer(() => undefined);
    await outbox.flush();
    expect(server.seen.map((r) => (r.body as { text: string }).text)).toEqual(['one', 'two']);
    expect(server.tried[1]!.idempotencyKey).toBe(server.tried[2]!.idempotencyKey);
  });
});

describe('the outbox across a reload', () => {
  it('sends what the last page kept, in order, with the keys it made, and resolves placeholders it knew', async () => {
    const first = await openPage();
    await first.outbox.startOutbox(USER);
    server.answer(() => 'unreachable');
    const created = await first.outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    const local = created.queued ? created.localId : null;
    online.set(false);
    await first.outbox.submit({ method: 'POST', url: `/api/v1/urges/${local}/follow-ups`, body: { minutesAfter: 120, anxiety: 2 } });
    const firstKey = server.tried[0]!.idempotencyKey;

    // The page is closed and opened again later, online.
    first.outbox.pauseOutbox();
    online.set(true);
    server.answer(() => undefined);
    const second = await openPage();
    await second.outbox.startOutbox(USER);
    const id = server.createdId(0);
    expect(server.seen.map((r) => [r.method, r.url, r.idempotencyKey === firstKey])).toEqual([
      ['POST', '/api/v1/urges', true],
      ['POST', `/api/v1/urges/${id}/follow-ups`, false],
    ]);

    // A third page, still holding the placeholder (in its address, say), reaches the real urge.
    const third = await openPage();
    await third.outbox.startOutbox(USER);
    await third.outbox.submit({ method: 'PATCH', url: `/api/v1/urges/${local}`, body: { intensity: 2 } });
    expect(server.seen.at(-1)).toMatchObject({ method: 'PATCH', url: `/api/v1/urges/${id}` });
    expect(third.outbox.resolveRef(local ?? '')).toBe(id);
  });

  it('never sends one person’s kept changes under another person’s account', async () => {
    online.set(false);
    const first = await openPage();
    await first.outbox.startOutbox(USER);
    await first.outbox.submit({ method: 'POST', url: '/api/v1/journal', body: { text: 'mine' }, resultKey: 'entry' });

    online.set(true);
    const second = await openPage();
    await second.outbox.startOutbox('c0ffee00-0000-4000-8000-000000000002');
    expect(server.tried).toEqual([]);
    expect(second.outbox.outboxStatus().pending).toBe(0);
    // Gone, not just held back: the first person signing in again finds nothing to send.
    await second.outbox.startOutbox(USER);
    expect(server.tried).toEqual([]);
  });

  it('opened offline from the device’s memory: changes are only kept until the server confirms the session', async () => {
    const { outbox } = await openPage();
    await outbox.startOutbox(USER, { send: false });
    const kept = await outbox.submit({
      method: 'POST',
      url: '/api/v1/journal',
      body: { text: 'before the server answered' },
      resultKey: 'entry',
    });
    expect(kept.queued).toBe(true);
    await outbox.flush();
    expect(server.tried).toEqual([]);

    await outbox.startOutbox(USER);
    expect(server.seen.map((r) => r.body)).toEqual([{ text: 'before the server answered' }]);
  });

  it('logging out forgets every kept change and placeholder on the device', async () => {
    const first = await openPage();
    await first.outbox.startOutbox(USER);
    online.set(false);
    const created = await first.outbox.submit({ method: 'POST', url: '/api/v1/urges', body: urge, resultKey: 'urge' });
    await first.outbox.clearOutbox();
    expect(first.outbox.outboxStatus()).toEqual({ pending: 0, rejected: 0 });

    online.set(true);
    const second = await openPage();
    await second.outbox.startOutbox(USER);
    expect(server.tried).toEqual([]);
    const local = created.queued ? (created.localId ?? '') : '';
    expect(second.outbox.resolveRef(local)).toBe(local);
  });
});
