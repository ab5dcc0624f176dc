import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import webpush from 'web-push';
import { PushPayload } from '../../src/contracts/notifications/notifications.js';
import { loadVapidKeys, type VapidKeys } from '../../src/db/notifications/server-keys.repo.js';
import { createPushSender, outcomeOf, vapidSubject, type PushTarget } from '../../src/server/notifications/push-sender.js';
import { dialects, freshDatabase } from '../support/dialects.js';
import { testPushService, type TestPushService } from '../support/push-service.js';

const SUBJECT = 'mailto:admin@steady.example.org';
/** Words a person wrote, which must never travel in a push. */
const JOURNAL_ENTRY = 'Tuesday: I was sure Sam was pulling away and I asked him four times';

function fixedWordsPayload(): PushPayload {
  return {
    id: randomUUID(),
    kind: 'urge-follow-up',
    title: 'Time for a short check-in',
    body: 'How strong is the urge now?',
    link: '/urges/abc',
  };
}

/** The VAPID JWT from `Authorization: vapid t=<jwt>, k=<key>`, checked against the key it names. */
function vapidClaims(authorization: string | undefined, keys: VapidKeys): Record<string, unknown> {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? '');
  expect(m, authorization).not.toBeNull();
  const [, jwt, k] = m!;
  expect(k).toBe(keys.publicKey);
  const [head, body, signature] = jwt!.split('.') as [string, string, string];
  expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toMatchObject({ alg: 'ES256', typ: 'JWT' });
  const point = Buffer.from(k!, 'base64url');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed, 'the ES256 signature verifies with the VAPID public key').toBe(true);
  return JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
}

describe('a real Web Push round trip', () => {
  let service: TestPushService;
  beforeAll(async () => {
    service = await testPushService();
  });
  afterAll(async () => service.close());

  describe.each(dialects())('with the VAPID keys kept on %s', (kind) => {
    it('reaches the push service encrypted for the device, signed with the kept key, with Steady’s words only', async () => {
      const database = await freshDatabase(kind);
      const keys = await loadVapidKeys(database.db);
      await database.dispose();
      const sender = createPushSender({ keys, subject: SUBJECT, allowLocal: true });
      const device = service.device(`round-trip-${kind}`);
      const payload = fixedWordsPayload();
      // A caller's object holding more than the contract's fields: the extra must not travel.
      const withPrivate = { ...payload, entry: JOURNAL_ENTRY } as PushPayload;
      const before = Math.floor(Date.now() / 1000);

      // Nothing about the device, the keys or the message is written anywhere (web-push itself warns through the console).
      const consoles = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
      try {
        expect(await sender.send(device, withPrivate)).toBe('sent');
        for (const spy of consoles) expect(spy).not.toHaveBeenCalled();
      } finally {
        for (const spy of consoles) spy.mockRestore();
      }

      const got = service.received.filter((r) => r.path === `/push/round-trip-${kind}`);
      expect(got).toHaveLength(1);
      const req = got[0]!;
      expect(req.headers['content-encoding']).toBe('aes128gcm');
      expect(req.headers['content-type']).toBe('application/octet-stream');
      expect(req.headers.ttl).toBe(String(12 * 60 * 60));
      expect(req.headers.urgency).toBe('normal');
      expect(req.headers.topic).toMatch(/^[\w-]{1,32}$/);
      // Encrypted on the wire: neither the words nor the id are readable without the device's key.
      const wire = req.body.toString('latin1');
      for (const plain of [payload.title, payload.body, payload.id, JOURNAL_ENTRY.slice(0, 12)]) expect(wire).not.toContain(plain);

      const decrypted = device.decrypt(req.body);
      const delivered = PushPayload.strict().parse(JSON.parse(decrypted));
      expect(delivered).toEqual(payload);
      for (const line of JOURNAL_ENTRY.split(/[:,] /)) expect(decrypted).not.toContain(line);

      const claims = vapidClaims(req.headers.authorization, keys);
      expect(claims.aud).toBe(service.origin);
      expect(claims.sub).toBe(SUBJECT);
      expect(claims.exp).toBeGreaterThan(before);
      expect(claims.exp).toBeLessThanOrEqual(before + 24 * 60 * 60);
    });
  });

  it('gives a repeat of one notification the same topic, so a push service shows it once', async () => {
    const sender = createPushSender({ keys: webpush.generateVAPIDKeys(), subject: SUBJECT, allowLocal: true });
    const device = service.device('topic');
    const payload = fixedWordsPayload();
    expect(await sender.send(device, payload)).toBe('sent');
    expect(await sender.send(device, payload)).toBe('sent');
    expect(await sender.send(device, { ...payload, id: randomUUID() })).toBe('sent');
    const topics = service.received.filter((r) => r.path === '/push/topic').map((r) => r.headers.topic);
    expect(topics[0]).toBe(topics[1]);
    expect(topics[2]).not.toBe(topics[0]);
  });

  it('maps the push service’s answers: 404 and 410 gone, 429 and 5xx retry, other refusals unknown', async () => {
    const sender = createPushSender({ keys: webpush.generateVAPIDKeys(), subject: SUBJECT, allowLocal: true });
    const cases: Array<[number, string]> = [
      [201, 'sent'],
      [202, 'sent'],
      [410, 'gone'],
      [404, 'gone'],
      [503, 'retry'],
      [500, 'retry'],
      [429, 'retry'],
      [400, 'unknown'],
      [403, 'unknown'],
      [413, 'unknown'],
      [302, 'unknown'],
    ];
    for (const [status, outcome] of cases)
      expect(await sender.send(service.device(`status-${status}`, status), fixedWordsPayload()), String(status)).toBe(outcome);
    // A redirect is not followed: the one request is all the push service saw.
    expect(service.received.filter((r) => r.path === '/push/status-302')).toHaveLength(1);
    expect(service.received.filter((r) => r.path.startsWith('/message/'))).toHaveLength(0);
    expect(outcomeOf(299)).toBe('sent');
    expect(outcomeOf(100)).toBe('unknown');
  });

  it('answers unknown, not retry, when the push service takes the request and never answers, within the timeout', async () => {
    const sender = createPushSender({ keys: webpush.generateVAPIDKeys(), subject: SUBJECT, allowLocal: true, timeoutMs: 300 });
    const device = service.device('silent', 'silent');
    const started = Date.now();
    expect(await sender.send(device, fixedWordsPayload())).toBe('unknown');
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3_000);
    // It did arrive: exactly why it is not sent again.
    expect(service.received.filter((r) => r.path === '/push/silent')).toHaveLength(1);
  });

  it('answers unknown when nothing listens at all', async () => {
    const closed = await testPushService();
    const device = closed.device('nobody');
    await closed.close();
    const sender = createPushSender({ keys: webpush.generateVAPIDKeys(), subject: SUBJECT, allowLocal: true, timeoutMs: 2_000 });
    expect(await sender.send(device, fixedWordsPayload())).toBe('unknown');
  });
});

describe('endpoints Steady refuses', () => {
  const keys = webpush.generateVAPIDKeys();
  const validKeys = (): Pick<PushTarget, 'p256dh' | 'auth'> => {
    const { p256dh, auth } = localDevice;
    return { p256dh, auth };
  };
  let service: TestPushService;
  let localDevice: PushTarget;
  beforeAll(async () => {
    service = await testPushService();
    localDevice = service.device('must-not-be-reached');
  });
  afterAll(async () => service.close());

  /** A fetch that records what it was asked to reach, and a resolver with fixed answers. */
  function watched(answers: Record<string, string[]>) {
    const requested: string[] = [];
    const fakeFetch = ((input: string | URL | Request) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response(null, { status: 201 }));
    }) as typeof fetch;
    const resolve = (host: string) => {
      const a = answers[host];
      return a ? Promise.resolve(a) : Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    };
    return { requested, sender: createPushSender({ keys, subject: SUBJECT, allowLocal: false, fetch: fakeFetch, resolve }) };
  }

  it('never requests a local push service without allowLocal, and counts it as gone', async () => {
    const sender = createPushSender({ keys, subject: SUBJECT, allowLocal: false });
    expect(await sender.send(localDevice, fixedWordsPayload())).toBe('gone');
    expect(service.received).toHaveLength(0);
  });

  it('never requests a private address, a name that resolves to one, or a subscription whose keys cannot be used', async () => {
    const { requested, sender } = watched({
      'push.example.org': ['93.184.216.34'],
      'sneaky.example.org': ['93.184.216.34', '10.0.0.5'],
      'mapped.example.org': ['::ffff:127.0.0.1'],
    });
    const k = validKeys();
    for (const endpoint of [
      'https://10.0.0.1/push',
      'https://192.168.1.20/push',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/push',
      'https://[fc00::1]/push',
      'https://[::ffff:127.0.0.1]/push',
      'https://user:pass@push.example.org/push',
      'http://push.example.org/push',
      'https://sneaky.example.org/push',
      'https://mapped.example.org/push',
    ])
      expect(await sender.send({ endpoint, ...k }, fixedWordsPayload()), endpoint).toBe('gone');
    expect(await sender.send({ endpoint: 'https://push.example.org/push', p256dh: 'short', auth: k.auth }, fixedWordsPayload())).toBe(
      'gone',
    );
    // A 65-byte "point" that is not on the curve.
    const offCurve = Buffer.alloc(65, 7);
    offCurve[0] = 4;
    expect(
      await sender.send(
        { endpoint: 'https://push.example.org/push', p256dh: offCurve.toString('base64url'), auth: k.auth },
        fixedWordsPayload(),
      ),
    ).toBe('gone');
    expect(requested).toEqual([]);

    // The same sender does reach a public one.
    expect(await sender.send({ endpoint: 'https://push.example.org/push', ...k }, fixedWordsPayload())).toBe('sent');
    expect(requested).toEqual(['https://push.example.org/push']);
  });

  it('tries again later when the name does not resolve, since nothing was sent', async () => {
    const { requested, sender } = watched({});
    expect(await sender.send({ endpoint: 'https://gone-dark.example.org/push', ...validKeys() }, fixedWordsPayload())).toBe('retry');
    expect(requested).toEqual([]);
  });

  it('refuses a bad VAPID subject or key pair when it is made, not at the first push', () => {
    expect(() => createPushSender({ keys, subject: 'steady.example.org', allowLocal: false })).toThrow();
    expect(() =>
      createPushSender({ keys: { publicKey: keys.publicKey, privateKey: 'nope' }, subject: SUBJECT, allowLocal: false }),
    ).toThrow();
  });
});

describe('the VAPID subject', () => {
  it('is the site for an https PUBLIC_URL, else a no-reply address at its host', () => {
    expect(vapidSubject('https://steady.example.org/app')).toBe('https://steady.example.org');
    expect(vapidSubject('http://127.0.0.1:3000')).toBe('mailto:no-reply@127.0.0.1');
  });
});
