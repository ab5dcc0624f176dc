import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../src/contracts/notifications/notifications.js';
import { dialects } from '../support/dialects.js';
import { freshSchema, serveProcess, signupOver, type HttpUser, type ServerProcess } from '../support/processes.js';
import { browserSubscription, pushService, type PushService } from '../support/push-service.js';

/**
 * Real server processes (`steady serve`) delivering urge follow-ups to a push service on
 * 127.0.0.1, which counts each message as it arrives. What is counted is HTTP requests per
 * subscription: one person, one device, one due notification at a time, so a count of 1 per path
 * is "sent exactly once". The push sender is the one the server runs (channels.ts).
 */
const T = Date.parse('2026-12-10T12:00:00.000Z');
const at = (minutes: number) => new Date(T + minutes * 60_000).toISOString();
const ENV = { STEADY_TEST_CLOCK: '1', NOTIFY_TICK_MS: '100', LOG_LEVEL: 'warn' };

async function setClock(origin: string, iso: string): Promise<void> {
  const res = await fetch(`${origin}/api/test/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: iso }),
  });
  if (res.status !== 204) throw new Error(`clock: ${res.status}`);
}

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** People who each log one urge with follow-ups, with push on one device and no quiet hours. */
async function people(origin: string, push: PushService, n: number, tag: string): Promise<HttpUser[]> {
  const out: HttpUser[] = [];
  for (let i = 0; i < n; i++) {
    const u = await signupOver(origin);
    const settings = await u.call('PUT', '/api/v1/notifications/settings', {
      kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { on: false, push: k === 'urge-follow-up', email: false }])),
      quietHours: null,
      dailyMax: 20,
      locale: 'en',
    });
    if (settings.status !== 200) throw new Error(`settings: ${settings.status} ${JSON.stringify(settings.body)}`);
    const sub = await u.call('POST', '/api/v1/push/subscriptions', browserSubscription(push, `${tag}-${i}`));
    if (sub.status !== 201) throw new Error(`subscribe: ${sub.status} ${JSON.stringify(sub.body)}`);
    const urge = await u.call('POST', '/api/v1/urges', {
      occurredAt: at(0),
      intensity: 5,
      anxietyBefore: 6,
      triggers: [],
      action: 'soothed',
      followUpReminders: true,
    });
    if (urge.status !== 201) throw new Error(`urge: ${urge.status} ${JSON.stringify(urge.body)}`);
    out.push(u);
  }
  return out;
}

const counts = (push: PushService, tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => push.received.get(`/push/${tag}-${i}`) ?? 0);

describe.each(dialects())('scheduling across processes on %s', (kind) => {
  let push: PushService;
  let dir: string;
  let drop: (() => Promise<void>) | undefined;
  let env: Record<string, string>;
  const running: ServerProcess[] = [];

  beforeAll(async () => {
    push = await pushService();
    dir = mkdtempSync(join(tmpdir(), 'steady-notify-'));
    if (kind === 'postgres') {
      const schema = await freshSchema(process.env.TEST_DATABASE_URL!);
      drop = () => schema.drop();
      env = { ...ENV, DATABASE_URL: schema.url };
    } else {
      env = { ...ENV, DATA_DIR: dir };
    }
  }, 60_000);
  afterAll(async () => {
    for (const s of running) await s.stop().catch(() => undefined);
    await push.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a server killed with SIGKILL mid-send and started again sends each due notification exactly once', async () => {
    const n = 8;
    const first = await serveProcess(env);
    running.push(first);
    await setClock(first.origin, at(0));
    await people(first.origin, push, n, 'kill');
    // The 30-minute check-ins fall due; the push service takes them and does not answer yet.
    push.hold = true;
    await setClock(first.origin, at(31));
    await until('every first check-in to arrive', () => counts(push, 'kill', n).every((c) => c >= 1));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    push.hold = false;

    const second = await serveProcess(env);
    running.push(second);
    await setClock(second.origin, at(32));
    // Several ticks: nothing that was in flight when the first server died is sent again.
    await new Promise((r) => setTimeout(r, 1500));
    expect(counts(push, 'kill', n)).toEqual(Array(n).fill(1));

    // What was not yet due when it died is sent by the new one, once.
    await setClock(second.origin, at(121));
    await until('every second check-in to arrive', () => counts(push, 'kill', n).every((c) => c >= 2));
    await new Promise((r) => setTimeout(r, 1000));
    expect(counts(push, 'kill', n)).toEqual(Array(n).fill(2));
    await second.stop();
  }, 120_000);

  it.runIf(kind === 'postgres')(
    'two servers on one PostgreSQL send each due notification exactly once',
    async () => {
      const n = 30;
      const one = await serveProcess(env);
      const two = await serveProcess(env);
      running.push(one, two);
      await setClock(one.origin, at(0));
      await setClock(two.origin, at(0));
      await people(one.origin, push, n, 'two');
      await Promise.all([setClock(one.origin, at(31)), setClock(two.origin, at(31))]);
      await until('every check-in to arrive', () => counts(push, 'two', n).every((c) => c >= 1));
      await new Promise((r) => setTimeout(r, 1500));
      expect(counts(push, 'two', n)).toEqual(Array(n).fill(1));
    },
    120_000,
  );
});
