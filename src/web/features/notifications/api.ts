import type { z } from 'zod';
import type {
  CreatePushSubscriptionBody,
  NotificationSettingsBody,
  SnoozeNotificationBody,
} from '../../../contracts/notifications/notifications.js';
import { notificationsTable } from '../../../contracts/notifications/notifications.routes.js';
import { request } from '../../api/client.js';

type Table = typeof notificationsTable;
type Op = keyof Table;
/** What an operation answers on success, from its own route table (2xx schema; nothing for 204). */
type Answer<K extends Op, S extends keyof Table[K]['responses']> = Table[K]['responses'][S] extends z.ZodType
  ? z.output<Table[K]['responses'][S]>
  : never;

const pathOf = (op: Op, id?: string) => notificationsTable[op].path.replace('{id}', encodeURIComponent(id ?? ''));

/**
 * Reminders and the inbox (issue 16), by the operations of their route table. Called through the
 * client's request (CSRF, problem+json, 401 handling) with the table's paths, so nothing here is a
 * second copy of a path or a shape.
 */
export const notificationsApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) => {
    const q = new URLSearchParams();
    if (params.limit) q.set('limit', String(params.limit));
    if (params.cursor) q.set('cursor', params.cursor);
    const search = q.toString();
    return request<Answer<'listNotifications', 200>>('GET', `${pathOf('listNotifications')}${search ? `?${search}` : ''}`, { signal });
  },
  markRead: (id: string) => request<Answer<'markNotificationRead', 200>>('POST', pathOf('markNotificationRead', id)),
  snooze: (id: string, body: SnoozeNotificationBody) =>
    request<Answer<'snoozeNotification', 200>>('POST', pathOf('snoozeNotification', id), { body }),
  dismiss: (id: string) => request<void>('DELETE', pathOf('dismissNotification', id)),
  settings: (signal?: AbortSignal) => request<Answer<'getNotificationSettings', 200>>('GET', pathOf('getNotificationSettings'), { signal }),
  saveSettings: (body: NotificationSettingsBody) =>
    request<Answer<'putNotificationSettings', 200>>('PUT', pathOf('putNotificationSettings'), { body }),
  sendTest: () => request<Answer<'sendTestNotification', 202>>('POST', pathOf('sendTestNotification')),
  publicKey: () => request<Answer<'getPushPublicKey', 200>>('GET', pathOf('getPushPublicKey')),
  subscribe: (body: CreatePushSubscriptionBody) =>
    request<Answer<'createPushSubscription', 201>>('POST', pathOf('createPushSubscription'), { body }),
  unsubscribe: (endpoint: string) =>
    request<void>('DELETE', `${pathOf('deletePushSubscription')}?${new URLSearchParams({ endpoint }).toString()}`),
};
