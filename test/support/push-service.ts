import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in push service on 127.0.0.1 that counts what reaches it, per path (one path per
 * subscription). It counts requests as they arrive, before answering, so a message a server sent
 * just before it was killed is counted too. `hold` keeps answers back (a send still in flight).
 */
export interface PushService {
  url: string;
  received: Map<string, number>;
  total(): number;
  hold: boolean;
  close(): Promise<void>;
}

export async function pushService(): Promise<PushService> {
  const held: ServerResponse[] = [];
  const service: PushService = {
    url: '',
    received: new Map(),
    total: () => [...service.received.values()].reduce((a, b) => a + b, 0),
    hold: false,
    close: async () => {
      for (const res of held) res.destroy();
      // fetch keeps connections alive; close would wait for them.
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      service.received.set(req.url!, (service.received.get(req.url!) ?? 0) + 1);
      if (service.hold) held.push(res);
      else res.writeHead(201).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return service;
}

/** A browser's PushSubscription JSON for an endpoint at this service, with real P-256 keys (so encryption works). */
export function browserSubscription(service: PushService, name: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `${service.url}/push/${name}`,
    expirationTime: null,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}
