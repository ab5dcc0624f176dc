import { z } from 'zod';
import { IdParams } from '../common.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';
import {
  CreatePushSubscriptionBody,
  DeletePushSubscriptionQuery,
  ListNotificationsQuery,
  Notification,
  NotificationSettings,
  NotificationSettingsBody,
  NotificationsPage,
  PushPublicKey,
  PushSubscriptionResponse,
  SnoozeNotificationBody,
  TestNotificationResult,
} from './notifications.js';

export const notificationsTable = defineRoutes({
  getPushPublicKey: { method: 'GET', path: '/api/v1/push/public-key', responses: { 200: PushPublicKey, ...authedProblems } },
  createPushSubscription: {
    method: 'POST',
    path: '/api/v1/push/subscriptions',
    body: CreatePushSubscriptionBody,
    responses: { 201: PushSubscriptionResponse, ...authedProblems },
  },
  deletePushSubscription: {
    method: 'DELETE',
    path: '/api/v1/push/subscriptions',
    query: DeletePushSubscriptionQuery,
    responses: { 204: z.null().describe('This device will receive no more push'), ...withNotFound },
  },
  listNotifications: {
    method: 'GET',
    path: '/api/v1/notifications',
    query: ListNotificationsQuery,
    responses: { 200: NotificationsPage, ...authedProblems },
  },
  markNotificationRead: {
    method: 'POST',
    path: '/api/v1/notifications/{id}/read',
    params: IdParams,
    responses: { 200: Notification, ...withNotFound },
  },
  snoozeNotification: {
    method: 'POST',
    path: '/api/v1/notifications/{id}/snooze',
    params: IdParams,
    body: SnoozeNotificationBody,
    responses: { 200: Notification, ...withNotFound },
  },
  dismissNotification: {
    method: 'DELETE',
    path: '/api/v1/notifications/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Not now: gone from the inbox, and not sent again'), ...withNotFound },
  },
  getNotificationSettings: {
    method: 'GET',
    path: '/api/v1/notifications/settings',
    responses: { 200: NotificationSettings, ...authedProblems },
  },
  putNotificationSettings: {
    method: 'PUT',
    path: '/api/v1/notifications/settings',
    body: NotificationSettingsBody,
    responses: { 200: NotificationSettings, ...authedProblems },
  },
  sendTestNotification: {
    method: 'POST',
    path: '/api/v1/notifications/test',
    responses: { 202: TestNotificationResult, ...authedProblems },
  },
});
