import type {
  CreatePushSubscriptionBody,
  NotificationSettingsBody,
  SnoozeNotificationBody,
} from '../../../contracts/notifications/notifications.js';
import { call } from '../../api/call.js';

/** Reminders and the inbox (issue 16), by the operations of their route table. */
export const notificationsApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    call('listNotifications', { query: params }, { signal }),
  markRead: (id: string) => call('markNotificationRead', { params: { id } }),
  snooze: (id: string, body: SnoozeNotificationBody) => call('snoozeNotification', { params: { id }, body }),
  dismiss: (id: string) => call('dismissNotification', { params: { id } }),
  settings: (signal?: AbortSignal) => call('getNotificationSettings', {}, { signal }),
  saveSettings: (body: NotificationSettingsBody) => call('putNotificationSettings', { body }),
  sendTest: () => call('sendTestNotification'),
  publicKey: () => call('getPushPublicKey'),
  subscribe: (body: CreatePushSubscriptionBody) => call('createPushSubscription', { body }),
  unsubscribe: (endpoint: string) => call('deletePushSubscription', { query: { endpoint } }),
};
