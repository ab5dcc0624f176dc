import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { PgEventBus } from '../../src/server/events/pg-bus.js';
import type { App } from '../../src/server/types.js';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { openStream } from '../support/sse.js';

const HEARTBEAT_MS = 60;

/** Two people linked through an invitation (pair.test.ts has the same steps; importing a test file would run its suites). */
async function linkedPair(h: Harness): Promise<{ a: Client; b: Client }> {
  const [a, b] = [await signup(h.app), await signup(h.app)];
  const invite = await a.request('POST', '/api/v1/pair/invitations');
  expect((await b.request('POST', '/api/v1/pair/join', { code: invite.body.code })).status).toBe(201);
  return { a, b };
}
const isPair = (e: { type: string }) => e.type.startsWith('pair.');

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/api/v1/events`;
}

describe.each(dialects())('live events (streamEvents) on %s', (kind) => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await harness(kind, { live: { heartbeatMs: HEARTBEAT_MS, retryMs: 1500 } });
    url = await listen(h.app);
  });
  afterAll(async () => h.close());

  it('answers 401 to anonymous callers and to a made-up cookie', async () => {
    for (const cookie of [undefined, 'steady_session=not-a-session']) {
      const s = await openStream(url, cookie);
      expect(s.status).toBe(401);
      expect(s.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('is a private, uncached event stream with a retry hint and heartbeats', async () => {
    const me = await signup(h.app);
    const s = await openStream(url, me.cookie);
    try {
      expect(s.status).toBe(200);
      expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(s.headers['cache-control']).toBe('no-store');
      expect(s.headers['x-content-type-options']).toBe('nosniff');
      expect(s.headers['content-security-policy']).toContain("default-src 'self'");
      await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 4));
      expect(s.retry).toBe(1500);
      expect(s.comments.length).toBeGreaterThanOrEqual(2);
    } finally {
      s.close();
    }
  });

  it('tells both members when they link, with an id per event and nothing but type, id and time; a stranger hears nothing', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    const stranger = await signup(h.app);
    const [sa, sb, ss] = await Promise.all([a, b, stranger].map((p) => openStream(url, p.cookie)));
    try {
      const invite = await a.request('POST', '/api/v1/pair/invitations');
      const joined = await b.request('POST', '/api/v1/pair/join', { code: invite.body.code });
      expect(joined.status).toBe(201);
      for (const s of [sa!, sb!]) {
        const got = await s.next((e) => e.type === 'pair.linked');
        expect(got.event).toEqual({ type: 'pair.linked', id: joined.body.pair.id, at: h.clock.now.toISOString() });
        expect(got.id).toMatch(/^\d+$/);
      }
      expect(await ss!.quiet(() => true, 300)).toBe(true);
    } finally {
      [sa, sb, ss].forEach((s) => s!.close());
    }
  });

  it('ends both members’ streams after pair.ended; reconnected, the former partner hears no pair events', async () => {
    const { a, b } = await linkedPair(h);
    const [sa, sb] = await Promise.all([openStream(url, a.cookie), openStream(url, b.cookie)]);
    expect((await b.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    for (const s of [sa, sb]) {
      expect((await s.next((e) => e.type === 'pair.ended')).event.type).toBe('pair.ended');
      await s.ended;
    }
    const again = await openStream(url, b.cookie);
    try {
      // A links with someone new: B, no longer a member, is not told.
      const c = await signup(h.app);
      const invite = await a.request('POST', '/api/v1/pair/invitations');
      expect((await c.request('POST', '/api/v1/pair/join', { code: invite.body.code })).status).toBe(201);
      expect(await again.quiet(isPair, 300)).toBe(true);
    } finally {
      again.close();
    }
  });

  it('ends the stream once its session is logged out or revoked from another device', async () => {
    const me = await signup(h.app);
    const s = await openStream(url, me.cookie);
    expect((await me.request('POST', '/api/v1/auth/logout')).status).toBe(204);
    await s.ended;
    expect((await openStream(url, me.cookie)).status).toBe(401);

    const laptop = await signup(h.app);
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: laptop.user.email, password: PASSWORD },
    });
    const phone = clientFrom(h.app, login);
    const onLaptop = await openStream(url, laptop.cookie);
    const sessions = (await phone.request('GET', '/api/v1/sessions')).body.items as { id: string; current: boolean }[];
    const laptopSession = sessions.find((x) => !x.current)!;
    expect((await phone.request('DELETE', `/api/v1/sessions/${laptopSession.id}`)).status).toBe(204);
    await onLaptop.ended;
  });

  it('refuses a person’s twenty-first open stream on one server, and lets one in again when another closes', async () => {
    const me = await signup(h.app);
    const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(url, me.cookie)));
    try {
      expect(streams.map((s) => s.status)).toEqual(Array(20).fill(200));
      const extra = await openStream(url, me.cookie);
      expect(extra.status).toBe(429);
      expect(extra.headers['content-type']).toContain('application/problem+json');
      streams.pop()!.close();
      const again = await vi.waitFor(async () => {
        const s = await openStream(url, me.cookie);
        if (s.status !== 200) throw new Error(`still ${s.status}`);
        return s;
      });
      again.close();
    } finally {
      streams.forEach((s) => s.close());
    }
  });

  it('ends open streams when the app closes, so shutdown never hangs', async () => {
    const other = await buildApp({
      database: h.database,
      logLevel: 'silent',
      webRoot: '/nonexistent',
      live: { heartbeatMs: 10_000 },
      // The harness's clock, so its sessions are as fresh here as there.
      clock: () => h.clock.now,
    });
    const otherUrl = await listen(other);
    const me = await signup(h.app);
    const s = await openStream(otherUrl, me.cookie);
    expect(s.status).toBe(200);
    await other.close();
    await s.ended;
  });
});

describe.runIf(dialects().includes('postgres'))('live events across servers (PostgreSQL LISTEN/NOTIFY)', () => {
  let h: Harness;
  let elsewhere: Harness;
  let second: App;
  let secondUrl: string;
  beforeAll(async () => {
    h = await harness('postgres', { live: { heartbeatMs: 1_000 } });
    elsewhere = await harness('postgres');
    // A second server on the same schema, as a second process would be.
    second = await buildApp({ database: h.database, logLevel: 'silent', webRoot: '/nonexistent', clock: () => h.clock.now });
    secondUrl = await listen(second);
  });
  afterAll(async () => {
    await second.close();
    await h.close();
    await elsewhere.close();
  });

  it('uses the PostgreSQL bus, on a channel of its own schema', () => {
    expect(h.app.events).toBeInstanceOf(PgEventBus);
    expect((h.app.events as PgEventBus).channel).toBe(`steady_events_${h.database.schema}`);
  });

  it('delivers an event caused on one server to a stream held on the other, and not to another schema', async () => {
    const a = await signup(h.app);
    const b = await signup(h.app);
    const onSecond = await openStream(secondUrl, a.cookie);
    try {
      const foreign = elsewhere.app.events.subscribe(a.user.id, () => {
        throw new Error('an event crossed schemas');
      });
      const invite = await a.request('POST', '/api/v1/pair/invitations');
      await b.request('POST', '/api/v1/pair/join', { code: invite.body.code });
      await onSecond.next((e) => e.type === 'pair.linked', 1_000);
      await new Promise((r) => setTimeout(r, 200));
      foreign();
    } finally {
      onSecond.close();
    }
  });

  it('sends through NOTIFY only who should hear and the event’s type, id and time', async () => {
    const bus = h.app.events as PgEventBus;
    const spy = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await spy.connect();
    try {
      await spy.query(`LISTEN "${bus.channel}"`);
      const heard = new Promise<string>((resolve) => spy.once('notification', (m) => resolve(m.payload ?? '')));
      const event = {
        type: 'pair.linked',
        id: '6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f',
        at: '2026-11-22T01:00:00.000Z',
        text: 'private words',
      };
      await bus.publish({ recipients: ['b6c1e7b2-95a3-4a52-9d63-0b1c7d6f0e11'], event: event as never });
      const wire = JSON.parse(await heard);
      expect(Object.keys(wire).sort()).toEqual(['e', 'o', 'r']);
      expect(wire.r).toEqual(['b6c1e7b2-95a3-4a52-9d63-0b1c7d6f0e11']);
      expect(wire.e).toEqual({ type: 'pair.linked', id: event.id, at: event.at });
    } finally {
      await spy.end();
    }
  });

  it('reconnects its listener after losing it, ending open streams so screens refetch', async () => {
    const bus = second.events as PgEventBus;
    const me = await signup(h.app);
    const s = await openStream(secondUrl, me.cookie);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where query = $1 and pid <> pg_backend_pid()`, [
        `LISTEN "${bus.channel}"`,
      ]);
      await s.ended;
      // Listening again: a fresh stream on the second server hears what the first publishes.
      const again = await openStream(secondUrl, me.cookie);
      try {
        const deadline = Date.now() + 5_000;
        let heard = false;
        while (!heard && Date.now() < deadline) {
          await h.app.events.publish({ recipients: [me.user.id], event: { type: 'pair.linked', at: new Date().toISOString() } });
          heard = await again
            .next(() => true, 200)
            .then(
              () => true,
              () => false,
            );
        }
        expect(heard).toBe(true);
      } finally {
        again.close();
      }
    } finally {
      await admin.end();
    }
  });
});
