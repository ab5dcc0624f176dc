import { notificationsTable } from '../../contracts/notifications/notifications.routes.js';
import { decodeKey } from '../../core/paging.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { PushSubscriptionsRepo } from '../../db/notifications/push-subscriptions.repo.js';
import { actorOf } from '../plugins/auth.js';
import { pageBy } from '../../core/paging.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import { localeOf } from '../routes/locale.js';
import { cursorOf } from '../routes/query.js';
import { notFound } from '../problem.js';
import { NotificationsService } from './notifications.service.js';
import type { App } from '../types.js';

/**
 * Notifications (issue 16): the inbox, the person's settings and devices. Nothing here takes
 * another person's id: a partner or a stranger naming someone's notification gets 404, and the
 * settings and devices paths only ever mean the caller's own.
 */
export async function notificationsRoutes(app: App): Promise<void> {
  const tags = ['notifications'];
  const service = new NotificationsService({
    database: app.database,
    events: app.events,
    clock: app.clock,
    channels: app.notifications.channels,
    scheduler: app.notifications.scheduler,
  });
  const repo = () => new NotificationsRepo(app.database.db);

  route(
    app,
    notificationsTable.getPushPublicKey,
    { tags, summary: 'The key browsers subscribe to push with (VAPID, base64url)' },
    async () => ({ publicKey: await app.notifications.channels.vapidPublicKey() }),
  );

  route(
    app,
    notificationsTable.createPushSubscription,
    {
      tags,
      summary: 'Receive push on this device',
      description:
        'The browser’s PushSubscription JSON as it is. The same endpoint again updates its keys (no second device). An endpoint ' +
        'this server may not send to (not https, or an address on a private network) is refused with 400 naming `endpoint`.',
    },
    async (req, reply) => reply.code(201).send(await service.subscribe(actorOf(req), req.body)),
  );

  route(
    app,
    notificationsTable.deletePushSubscription,
    { tags, summary: 'Stop push on this device', description: '404 when none of your devices has this endpoint.' },
    async (req, reply) => deleteOr404(reply, new PushSubscriptionsRepo(app.database.db).delete(actorOf(req), req.query.endpoint)),
  );

  route(
    app,
    notificationsTable.listNotifications,
    {
      tags,
      summary: 'Your inbox: what reached you, newest first',
      description: 'Works with no push at all. `unread` counts what is not read yet.',
    },
    async (req) => {
      const actor = actorOf(req);
      const { limit } = req.query;
      const rows = await repo().list(actor, { limit, after: cursorOf(req.query.cursor, decodeKey) });
      return { ...pageBy(rows, limit, (n) => n.deliveredAt!), unread: await repo().unread(actor) };
    },
  );

  route(app, notificationsTable.markNotificationRead, { tags, summary: 'Mark one as read' }, async (req) => {
    const actor = actorOf(req);
    if (!(await repo().markRead(actor, req.params.id, app.clock().toISOString()))) throw notFound();
    return ownedOr404(await repo().get(actor, req.params.id));
  });

  route(
    app,
    notificationsTable.snoozeNotification,
    {
      tags,
      summary: 'Later: out of the inbox for a while, then back',
      description: 'It comes back after the minutes chosen, or at the end of your quiet hours if that is later.',
    },
    async (req) => service.snooze(actorOf(req), req.params.id, req.body.minutes, localeOf(req)),
  );

  route(app, notificationsTable.dismissNotification, { tags, summary: 'Not now: gone, and not sent again' }, async (req, reply) =>
    deleteOr404(reply, repo().dismiss(actorOf(req), req.params.id, app.clock().toISOString())),
  );

  route(
    app,
    notificationsTable.getNotificationSettings,
    {
      tags,
      summary: 'Your notification settings',
      description: 'Before you save any: every kind off, quiet hours 22:00–08:00, a few a day. Only you can read them.',
    },
    async (req) => service.settings(actorOf(req), localeOf(req)),
  );

  route(
    app,
    notificationsTable.putNotificationSettings,
    { tags, summary: 'Save your notification settings (all of them, replacing the saved ones)' },
    async (req) => service.putSettings(actorOf(req), req.body, localeOf(req)),
  );

  route(
    app,
    notificationsTable.sendTestNotification,
    {
      tags,
      summary: 'Send me a test',
      description:
        'At once, whatever the quiet hours: to your inbox, to each of your devices with push, and by email when you chose email and the server can send it.',
    },
    async (req, reply) => reply.code(202).send(await service.test(actorOf(req))),
  );
}
