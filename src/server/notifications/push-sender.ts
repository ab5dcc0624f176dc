import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import webpush from 'web-push';
import { PushPayload } from '../../contracts/notifications/notifications.js';
import { addressProblem, pushEndpointProblem, pushKeysProblem } from '../../core/notifications/push-endpoint.js';
import type { VapidKeys } from '../../db/notifications/server-keys.repo.js';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * sent: the push service accepted it (2xx). gone: 404/410, the subscription is dead and should be
 * deleted. retry: the push service answered and refused for now (429, 5xx), safe to try again.
 * unknown: no answer (network error, timeout): the request may have arrived, so it is NOT retried.
 */
export type PushOutcome = 'sent' | 'gone' | 'retry' | 'unknown';

export interface PushSender {
  send(target: PushTarget, payload: PushPayload): Promise<PushOutcome>;
}

export interface PushSenderOptions {
  keys: VapidKeys;
  /** mailto: or https: URL, from PUBLIC_URL (see vapidSubject): who push services may write to about this server. */
  subject: string;
  /** End-to-end tests only: lets a push service on this machine (http, 127.0.0.1) be reached. */
  allowLocal: boolean;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The addresses a host name resolves to (tests stand in for DNS); node's resolver by default. */
  resolve?: (host: string) => Promise<string[]>;
}

/** How long a push service keeps a message for a device that is off: a reminder half a day late is still kind, older is noise. */
const TTL_SECONDS = 12 * 60 * 60;
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Web Push (RFC 8030) with the message encrypted for the device (RFC 8291, aes128gcm) and signed
 * with Steady's VAPID key (RFC 8292), by web-push's generateRequestDetails; the request itself goes
 * through fetch, so the timeout and what each answer means are decided here. Nothing is logged:
 * endpoints identify a device, keys decrypt, and the outcome says enough.
 */
export function createPushSender(opts: PushSenderOptions): PushSender {
  const fetchImpl = opts.fetch ?? fetch;
  const resolve = opts.resolve ?? resolveAll;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const vapidDetails = { subject: opts.subject, publicKey: opts.keys.publicKey, privateKey: opts.keys.privateKey };
  // Signing once now throws on a bad subject or key pair at start-up. Past this point a failure to
  // build a request can only be the subscription's own keys, which is what lets it count as gone.
  webpush.getVapidHeaders('https://push.example.org', vapidDetails.subject, vapidDetails.publicKey, vapidDetails.privateKey, 'aes128gcm');

  return {
    async send(target, payload) {
      // A subscription that can never be reached is as good as gone; the route refuses these, so
      // only a row from before a rule changed gets here.
      if (pushEndpointProblem(target.endpoint, opts.allowLocal) !== null) return 'gone';
      if (pushKeysProblem(target.p256dh, target.auth) !== null) return 'gone';
      const host = new URL(target.endpoint).hostname.replace(/^\[|\]$/g, '');
      // A public name may still point at this server's own network; its addresses are checked
      // too. (fetch resolves again, so a name whose answers change in between could slip past
      // once; push services do not do that, and the endpoint's other rules still hold.)
      if (!isIP(host)) {
        let addresses: string[];
        try {
          addresses = await resolve(host);
        } catch {
          // Nothing was sent, so sending again later cannot deliver it twice.
          return 'retry';
        }
        if (addresses.length === 0 || addresses.some((a) => addressProblem(a, opts.allowLocal) !== null)) return 'gone';
      }

      // Only the contract's fields travel: whatever else a caller's object holds stays here.
      const message = PushPayload.parse(payload);
      let details: webpush.RequestDetails;
      try {
        details = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(message),
          { vapidDetails, TTL: TTL_SECONDS, urgency: 'normal', topic: topicFor(message.id), contentEncoding: 'aes128gcm' },
        );
      } catch {
        // The device's key is not a point on the curve: no message can ever be encrypted for it.
        return 'gone';
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(details.headers))
        if (name.toLowerCase() !== 'content-length') headers[name] = String(value);

      let status: number;
      try {
        const res = await fetchImpl(target.endpoint, {
          method: 'POST',
          headers,
          body: new Uint8Array(details.body ?? []),
          // A push service never redirects; following one could lead anywhere, so it is not followed.
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = res.status;
        await res.body?.cancel().catch(() => undefined);
      } catch {
        // No answer: a timeout, a reset, a crash of the connection after the request left. The push
        // service may well have taken it and the device may already show it, so it is never sent
        // again: Steady would rather lose one push than show one twice, and nothing is really lost,
        // since the inbox keeps every notification whatever happens to its push.
        return 'unknown';
      }
      return outcomeOf(status);
    },
  };
}

/**
 * What a push service's answer means. Other refusals (400 malformed, 403 a key it does not
 * accept, 413 too large, a redirect) are about this message or Steady's own signature rather than
 * the device, and will not change by trying again: neither retried nor taken as proof the
 * subscription is dead, they count as unknown.
 */
export function outcomeOf(status: number): PushOutcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 404 || status === 410) return 'gone';
  if (status === 429 || status >= 500) return 'retry';
  return 'unknown';
}

/** Topic: a push service replaces a waiting message with a newer one of the same topic, so a repeat of one notification shows once. */
function topicFor(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 24);
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/**
 * The VAPID subject for PUBLIC_URL: the site itself when it is https (what push services expect),
 * else a no-reply address at its host, since VAPID takes only https: and mailto:.
 */
export function vapidSubject(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' ? url.origin : `mailto:no-reply@${url.hostname}`;
}
