import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { Database } from '../db/database.js';
import { loggerOptions } from './logging.js';
import { PROJECT_ROOT } from './project-root.js';
import { openapiPlugin } from './plugins/openapi.js';
import { authPlugin } from './plugins/auth.js';
import { inputGuardPlugin } from './plugins/input-guard.js';
import { jsonBodyPlugin } from './plugins/json-body.js';
import { clientErrorHandler, frameworkErrors } from './plugins/server-refusals.js';
import { problemsPlugin } from './plugins/problems.js';
import { securityPlugin } from './plugins/security.js';
import { webPlugin } from './plugins/web.js';
import { authRoutes } from './account/auth.routes.js';
import { recoveryRoutes } from './account/recovery.routes.js';
import { createMailer, defaultFrom } from './mail/mailer.js';
import { twoStepRoutes } from './account/two-step.routes.js';
import { passkeysRoutes } from './account/passkeys.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { insightsRoutes } from './reassurance/insights.routes.js';
import { journalRoutes } from './journal/journal.routes.js';
import { meRoutes } from './account/me.routes.js';
import { safetyRoutes } from './support/safety.routes.js';
import { safetyPlanRoutes } from './support/safety-plan.routes.js';
import { sessionsRoutes } from './account/sessions.routes.js';
import { capabilityLinksRoutes } from './account/capability-links.routes.js';
import { SIGNUP_LIMIT_PER_HOUR } from '../core/account/throttle.js';
import { appLockRoutes } from './account/app-lock.routes.js';
import { thoughtRecordsRoutes } from './reassurance/thought-records.routes.js';
import { toolSessionsRoutes } from './reassurance/tool-sessions.routes.js';
import { urgesRoutes } from './reassurance/urges.routes.js';
import { waitingLadderRoutes } from './reassurance/waiting-ladder.routes.js';
import { HttpProblem } from './problem.js';
import { responseSerializers } from './serializers.js';
import { LocalEventBus, type EventBus } from './events/bus.js';
import { pairRoutes } from './pair/pair.routes.js';
import { cyclesRoutes } from './cycles/cycles.routes.js';
import { draftsRoutes } from './reassurance/drafts.routes.js';
import { assessmentsRoutes } from './support/assessments.routes.js';
import { supportRoutes } from './support/support.routes.js';
import { weeklyReflectionRoutes } from './support/weekly-reflection.routes.js';
import { summaryRoutes } from './support/summary.routes.js';
import { agreementRoutes } from './pair/agreement.routes.js';
import { calendarRoutes } from './pair/calendar.routes.js';
import { topicsRoutes } from './pair/topics.routes.js';
import { reflectionTopicsRoutes } from './reassurance/reflection-topics.routes.js';
import { PgEventBus, type PgEventBusOptions } from './events/pg-bus.js';
import { eventsRoutes, type StreamOptions } from './routes/events.routes.js';
import { goalsRoutes } from './pair/goals.routes.js';
import { kudosRoutes } from './pair/kudos.routes.js';
import { reassuranceRequestsRoutes } from './pair/reassurance-requests.routes.js';
import { reviewsRoutes } from './pair/reviews.routes.js';
import { stressPlanRoutes } from './pair/stress-plan.routes.js';
import { peopleRoutes } from './social/people.routes.js';
import { interactionsRoutes } from './social/interactions.routes.js';
import { invitationsRoutes } from './social/invitations.routes.js';
import { practicesRoutes } from './social/practices.routes.js';
import { disclosuresRoutes } from './social/disclosures.routes.js';
import { feedbackRoutes } from './social/feedback.routes.js';
import { socialReviewsRoutes } from './social/social-reviews.routes.js';
import { socialInsightsRoutes } from './social/social-insights.routes.js';
import { socialSettingsRoutes } from './social/social-settings.routes.js';
import { quickExitRoutes } from './account/quick-exit.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { serverChannels, type NotificationChannels } from './notifications/channels.js';
import { NotificationScheduler } from './notifications/scheduler.js';
import type { App } from './types.js';
import { testClockRoutes, type TestClock } from './test-clock.js';

export interface AppOptions {
  database: Database;
  logLevel?: string;
  logStream?: DestinationStream;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** The address people reach Steady at, for the links it writes (PUBLIC_URL). */
  publicUrl?: string;
  /**
   * Mail for password resets (SMTP_URL, MAIL_FROM). Needs publicUrl: a link built from a request's
   * Host header could be pointed at someone else's server by whoever sent the request.
   */
  mail?: { smtpUrl: string; from?: string | undefined };
  /** 32 bytes that seal authenticator secrets at rest (STEADY_SECRET_KEY); without it they are stored plain. */
  secretKey?: Buffer;
  /** Folder of the built web app; served when it exists. */
  webRoot?: string;
  /**
   * Which reverse proxies' X-Forwarded-* to believe (HTTPS detection, per-address limits): their
   * addresses or CIDR ranges, or a hop count. Anything else ignores forwarded headers, so a client
   * cannot pick the address its limits are counted under.
   */
  trustProxy?: string[] | number | false;
  /** Sign-ups allowed per client address per hour, successful or not (SIGNUP_LIMIT; default 5). */
  signupLimit?: number;
  /** Where the quick exit goes (QUICK_EXIT_URL, a full http(s) address); the plain local page without it. */
  quickExitUrl?: string;
  /** Parse every response with its zod schema before writing it (tests and development). */
  checkResponses?: boolean;
  /** Where live events go: PostgreSQL LISTEN/NOTIFY on PostgreSQL, this process's own listeners on SQLite, unless given. */
  events?: EventBus;
  /** Live stream timing (tests shorten the heartbeat). */
  live?: StreamOptions;
  /** End-to-end journeys only: adds PUT /api/test/clock to move it (absent without it); pass its `now` as `clock` too. */
  testClock?: TestClock;
  /**
   * Push and mail for notifications. Without it, serverChannels (notifications/channels.ts, the one
   * place the real push sender and mail are joined to the server); tests pass fakes.
   */
  notificationChannels?: NotificationChannels;
  /** Push endpoints on this machine are allowed (PUSH_ALLOW_LOCAL, STEADY_TEST_CLOCK): tests only. */
  pushAllowLocal?: boolean;
  /** How often the scheduler delivers what is due, in ms; without it the scheduler does not run by itself (tests call runDue). */
  notifyTickMs?: number;
}

export const DEFAULT_WEB_ROOT = join(PROJECT_ROOT, 'dist', 'web');

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(opts.logLevel ?? 'info', opts.logStream),
    // Fastify's own per-request lines include the raw URL; our onResponse line logs the route template instead.
    logController: new LogController({ disableRequestLogging: true }),
    // A hop count as the function proxy-addr makes of one (Fastify's types take no number).
    trustProxy: typeof opts.trustProxy === 'number' ? hopsTrusted(opts.trustProxy) : (opts.trustProxy ?? false),
    bodyLimit: 256 * 1024,
    // maxParamLength: long enough for any legitimate id; absurd paths are refused before routing.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('database', opts.database);
  app.decorate('clock', opts.clock ?? (() => new Date()));
  app.decorate('publicUrl', opts.publicUrl ? opts.publicUrl.replace(/\/+$/, '') : null);
  app.decorate('signupLimit', opts.signupLimit ?? SIGNUP_LIMIT_PER_HOUR);
  app.decorate('secretKey', opts.secretKey ?? null);
  app.decorate('quickExitUrl', opts.quickExitUrl ?? null);
  app.decorate('sleep', opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))));
  if (opts.mail && !opts.publicUrl) throw new Error('SMTP_URL needs PUBLIC_URL, so reset links point at this server');
  app.decorate(
    'mailer',
    opts.mail && opts.publicUrl ? createMailer(opts.mail.smtpUrl, opts.mail.from ?? defaultFrom(opts.publicUrl), app.log) : null,
  );
  app.addHook('onClose', async () => app.mailer?.close());
  app.decorate('events', opts.events ?? (await defaultEventBus(opts.database, app.log)));
  app.addHook('onClose', async () => app.events.close());
  const channels =
    opts.notificationChannels ??
    (await serverChannels({
      database: opts.database,
      mailer: app.mailer,
      publicUrl: app.publicUrl,
      allowLocal: opts.pushAllowLocal ?? false,
    }));
  const scheduler = new NotificationScheduler({ database: opts.database, clock: app.clock, channels, log: app.log });
  app.decorate('notifications', { channels, scheduler });
  // Started once listening, stopped before the database closes: a tick never runs against a closed pool.
  if (opts.notifyTickMs) {
    const tick = opts.notifyTickMs;
    app.addHook('onReady', async () => scheduler.start(tick));
  }
  app.addHook('onClose', async () => scheduler.stop());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializers(opts.checkResponses ?? false));

  // Callback-style hooks where nothing is awaited: an async hook costs a promise per request.
  app.addHook('onResponse', (req, reply, done) => {
    req.log.info(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    done();
  });

  await app.register(problemsPlugin);
  await app.register(jsonBodyPlugin);
  await app.register(securityPlugin);
  await app.register(authPlugin);
  await app.register(inputGuardPlugin);
  await app.register(openapiPlugin);

  await app.register(healthRoutes);
  if (opts.testClock) await app.register(testClockRoutes, { clock: opts.testClock });
  await app.register(authRoutes);
  await app.register(recoveryRoutes);
  await app.register(twoStepRoutes);
  await app.register(passkeysRoutes);
  await app.register(sessionsRoutes);
  await app.register(capabilityLinksRoutes);
  await app.register(appLockRoutes);
  await app.register(quickExitRoutes);
  await app.register(meRoutes);
  await app.register(journalRoutes);
  await app.register(safetyRoutes);
  await app.register(safetyPlanRoutes);
  await app.register(urgesRoutes);
  await app.register(waitingLadderRoutes);
  await app.register(toolSessionsRoutes);
  await app.register(thoughtRecordsRoutes);
  await app.register(insightsRoutes);
  await app.register(pairRoutes);
  await app.register(cyclesRoutes);
  await app.register(draftsRoutes);
  await app.register(assessmentsRoutes);
  await app.register(supportRoutes);
  await app.register(weeklyReflectionRoutes);
  await app.register(summaryRoutes);
  await app.register(agreementRoutes);
  await app.register(topicsRoutes);
  await app.register(reflectionTopicsRoutes);
  await app.register(calendarRoutes);
  await app.register(eventsRoutes, opts.live ?? {});
  // Support between partners (issue 4).
  await app.register(reassuranceRequestsRoutes);
  await app.register(kudosRoutes);
  await app.register(stressPlanRoutes);
  await app.register(goalsRoutes);
  await app.register(reviewsRoutes);
  // The social map (issue 6).
  await app.register(peopleRoutes);
  await app.register(interactionsRoutes);
  // Loneliness and reciprocity (issue 6).
  await app.register(invitationsRoutes);
  await app.register(practicesRoutes);
  await app.register(disclosuresRoutes);
  await app.register(feedbackRoutes);
  await app.register(socialReviewsRoutes);
  await app.register(socialInsightsRoutes);
  await app.register(socialSettingsRoutes);
  // Reminders and the inbox (issue 16).
  await app.register(notificationsRoutes);

  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  const hasWeb = existsSync(webRoot);
  if (hasWeb) await app.register(webPlugin, { root: webRoot });

  // Unknown non-API pages get the app shell so client-side routes deep-link; the rest is a 404 problem.
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html')) {
      return reply.header('cache-control', 'no-store').sendFile('index.html', { cacheControl: false });
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .serializer(JSON.stringify)
      .send(new HttpProblem(404, 'Not found', 'There is nothing at this address.').toJSON());
  });
  return app;
}

/** Several server processes can share a PostgreSQL database, so their events meet there; SQLite means one process. */
async function defaultEventBus(database: Database, log: PgEventBusOptions['log']): Promise<EventBus> {
  if (database.kind !== 'postgres' || !database.pgClientConfig) return new LocalEventBus();
  return PgEventBus.start({ db: database.db, clientConfig: database.pgClientConfig, log });
}

function hopsTrusted(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
