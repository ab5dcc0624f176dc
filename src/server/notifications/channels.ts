import webpush from 'web-push';
import type { Locale } from '../../contracts/locale.js';
import type { PushPayload } from '../../contracts/notifications/notifications.js';
import type { Database } from '../../db/database.js';
import type { Mailer } from '../mail/mailer.js';

/**
 * The ways a notification leaves the server besides the inbox, as the scheduler and the routes
 * see them. The real ones are built by the notify-channels work (push-sender.ts, server-keys.repo.ts,
 * notification-mail.ts, push-endpoint.ts); this is the ONE file that joins them to the server, so
 * wiring them is a change here only. Tests pass fakes through `AppOptions.notificationChannels`.
 *
 * The shapes below are the notify-channels signatures, written out so this branch compiles
 * before that one is merged; at merge they become re-exports of those modules.
 */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}
export type PushOutcome = 'sent' | 'gone' | 'retry' | 'unknown';
export interface PushSender {
  send(target: PushTarget, payload: PushPayload): Promise<PushOutcome>;
}

/** Sends one notification email; 'gone' is never an answer (a bad address is not our subscription to drop). */
export interface NotificationMailer {
  send(to: string, payload: PushPayload, locale: Locale): Promise<Exclude<PushOutcome, 'gone'>>;
}

export interface NotificationChannels {
  push: PushSender | null;
  mail: NotificationMailer | null;
  /** The VAPID public key, base64url, that browsers subscribe with. */
  vapidPublicKey(): Promise<string>;
  /** Why a push endpoint is refused (not https, a private address…), or null when it may be used. */
  endpointProblem(endpoint: string): string | null;
}

export interface ChannelWiring {
  database: Database;
  mailer: Mailer | null;
  publicUrl: string | null;
  /** Test push services on 127.0.0.1 (PUSH_ALLOW_LOCAL, STEADY_TEST_CLOCK); never in production. */
  allowLocal: boolean;
}

/**
 * The server's channels. UNTIL notify-channels IS MERGED this is a stand-in: VAPID keys made in
 * memory at start (so browsers must subscribe again after a restart), a small web-push sender
 * (RFC 8291 encryption by the web-push library, sent with fetch), endpoints checked only for https
 * (or http on this machine when allowLocal), and no email. At merge, replace the body with:
 *   const keys = await loadVapidKeys(w.database.db);
 *   push: createPushSender({ keys, subject: w.publicUrl ?? 'mailto:admin@localhost', allowLocal: w.allowLocal }),
 *   mail: w.mailer && w.publicUrl ? mailVia(w.mailer, w.publicUrl) : null,   // notificationMail inside
 *   vapidPublicKey: async () => keys.publicKey,
 *   endpointProblem: (e) => pushEndpointProblem(e, w.allowLocal),
 */
export async function serverChannels(w: ChannelWiring): Promise<NotificationChannels> {
  const keys = webpush.generateVAPIDKeys();
  const subject = w.publicUrl ?? 'mailto:admin@localhost';
  return {
    push: standInSender(keys, subject),
    mail: null,
    vapidPublicKey: async () => keys.publicKey,
    endpointProblem: (endpoint) => standInEndpointProblem(endpoint, w.allowLocal),
  };
}

function standInSender(keys: { publicKey: string; privateKey: string }, subject: string): PushSender {
  return {
    async send(target, payload) {
      const request = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(payload),
        { vapidDetails: { subject, ...keys }, TTL: 24 * 3600 },
      );
      let status: number;
      try {
        const res = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: new Uint8Array(request.body),
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
      } catch (err) {
        // Refused before anything was read: nothing reached the push service. A timeout may have.
        return err instanceof Error && err.name === 'TimeoutError' ? 'unknown' : 'retry';
      }
      if (status >= 200 && status < 300) return 'sent';
      if (status === 404 || status === 410) return 'gone';
      if (status === 429 || status >= 500) return 'retry';
      return 'unknown';
    },
  };
}

function standInEndpointProblem(endpoint: string, allowLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'This is not a push address';
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (local) return allowLocal ? null : 'A push address on this machine is not allowed';
  return url.protocol === 'https:' ? null : 'A push address must use https';
}
