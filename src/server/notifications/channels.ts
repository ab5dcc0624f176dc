import type { Locale } from '../../contracts/locale.js';
import type { PushPayload } from '../../contracts/notifications/notifications.js';
import { pushEndpointProblem } from '../../core/notifications/push-endpoint.js';
import type { Database } from '../../db/database.js';
import { loadVapidKeys } from '../../db/notifications/server-keys.repo.js';
import type { Mailer } from '../mail/mailer.js';
import { notificationMail } from './notification-mail.js';
import { createPushSender, vapidSubject, type PushOutcome, type PushSender } from './push-sender.js';

export type { PushOutcome, PushSender, PushTarget } from './push-sender.js';

/**
 * The ways a notification leaves the server besides the inbox, as the scheduler and the routes
 * see them: Web Push (push-sender.ts, with the VAPID pair kept in the database by
 * server-keys.repo.ts), mail (notification-mail.ts through the server's Mailer) and the rule for
 * which push endpoints may be used (core/notifications/push-endpoint.ts). This is the one file
 * that joins them to the server; tests pass fakes through `AppOptions.notificationChannels`.
 */
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
 * The server's channels. The VAPID pair comes from the database, so every server on one PostgreSQL
 * signs with the same key and browsers stay subscribed across restarts. It is read on first use,
 * not while the app is built, so building never queries a database that is still to be migrated.
 * Mail exists only when SMTP_URL (and so PUBLIC_URL) is set.
 */
export async function serverChannels(w: ChannelWiring): Promise<NotificationChannels> {
  const subject = w.publicUrl ? vapidSubject(w.publicUrl) : 'mailto:no-reply@localhost';
  let ready: Promise<{ publicKey: string; sender: PushSender }> | undefined;
  const load = () =>
    (ready ??= loadVapidKeys(w.database.db).then(
      (keys) => ({ publicKey: keys.publicKey, sender: createPushSender({ keys, subject, allowLocal: w.allowLocal }) }),
      (err: unknown) => {
        ready = undefined; // tried again next time rather than failing for good
        throw err;
      },
    ));
  return {
    push: { send: async (target, payload) => (await load()).sender.send(target, payload) },
    mail: w.mailer && w.publicUrl ? mailVia(w.mailer, w.publicUrl) : null,
    vapidPublicKey: async () => (await load()).publicKey,
    endpointProblem: (endpoint) => pushEndpointProblem(endpoint, w.allowLocal),
  };
}

/**
 * The Mailer queues and sends after the fact (and logs failures by kind only), so "sent" here
 * means handed over: mail is never sent twice, as push is not.
 */
function mailVia(mailer: Mailer, publicUrl: string): NotificationMailer {
  return {
    send: async (to: string, payload: PushPayload, locale: Locale): Promise<Exclude<PushOutcome, 'gone'>> => {
      mailer.send(async () => notificationMail(to, payload, publicUrl, locale));
      return 'sent';
    },
  };
}
