import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { decrypt } from 'http_ece';

/** One request as the push service received it. */
export interface ReceivedPush {
  /** The path after the origin, e.g. /push/ok-1. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A browser's subscription: what the server is given, and the private half only the device holds. */
export interface TestDevice {
  endpoint: string;
  p256dh: string;
  auth: string;
  /** The message as the device would read it: RFC 8291 aes128gcm, with the device's own private key and auth secret. */
  decrypt(body: Buffer): string;
}

export interface TestPushService {
  origin: string;
  received: ReceivedPush[];
  /**
   * A device whose endpoint answers with `status`, or never answers at all ('silent'); the path
   * starts with `/push/<name>` so received requests can be told apart.
   */
  device(name: string, answer?: number | 'silent'): TestDevice;
  close(): Promise<void>;
}

/**
 * A stand-in for a vendor's push service on 127.0.0.1 (RFC 8030's one request: POST to the
 * subscription's endpoint). It keeps every request as it arrived, so tests count and decrypt them.
 */
export async function testPushService(): Promise<TestPushService> {
  const received: ReceivedPush[] = [];
  const answers = new Map<string, number | 'silent'>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      const answer = answers.get(path) ?? 404;
      if (answer === 'silent') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer, { Location: `${origin}/message/${received.length}` }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    received,
    device(name, answer = 201) {
      const path = `/push/${name}`;
      answers.set(path, answer);
      const ecdh: ECDH = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      return {
        endpoint: `${origin}${path}`,
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: auth.toString('base64url'),
        decrypt: (body) => decrypt(body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth }).toString('utf8'),
      };
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
