import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.js';
import type { EventBus } from './events/bus.js';
import type { Mailer } from './mail/mailer.js';
import type { NotificationChannels } from './notifications/channels.js';
import type { NotificationScheduler } from './notifications/scheduler.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    /** Injected so tests can move time (session expiry, throttling windows) without sleeping. */
    clock: () => Date;
    /** PUBLIC_URL without a trailing slash, when configured (see public-url.ts). */
    publicUrl: string | null;
    /** Sign-ups per client address per hour (SIGNUP_LIMIT). */
    signupLimit: number;
    /** Seals second-factor secrets at rest when configured (core/account/secret-box.ts). */
    secretKey: Buffer | null;
    /** QUICK_EXIT_URL, when the admin chose where the quick exit goes. */
    quickExitUrl: string | null;
    /** Waits (the login slowdown); injected so tests record the wait instead of sleeping. */
    sleep: (ms: number) => Promise<void>;
    /** Outgoing mail (password resets), when SMTP_URL is set. */
    mailer: Mailer | null;
    /** Live events to people's open screens (server/events). */
    events: EventBus;
    /** Push and mail for notifications, and the scheduler that delivers them (server/notifications). */
    notifications: { channels: NotificationChannels; scheduler: NotificationScheduler };
  }
}
