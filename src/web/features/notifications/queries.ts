import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Notification, NotificationSettingsBody, NotificationsPage } from '../../../contracts/notifications/notifications.js';
import { isNetworkError } from '../../query/queryClient.js';
import { notificationsApi } from './api.js';
import { keepInbox, readInbox } from './deviceCopy.js';

/** Every key under `notificationKeys.all`, so one invalidation reaches the bell, the inbox and the settings. */
export const notificationKeys = {
  all: ['notifications'] as const,
  inbox: () => [...notificationKeys.all, 'inbox'] as const,
  // Not 'waiting': that second segment means "kept in the outbox" (query/outboxInvalidation.ts).
  unread: () => [...notificationKeys.all, 'unread'] as const,
  device: (userId: string) => [...notificationKeys.all, 'device', userId] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
};

export const INBOX_PAGE = 20;
/** The bell asks now and then while a screen is open: a reminder arrives without the person doing anything. */
const BELL_EVERY_MS = 60_000;

/** How many delivered reminders are unread: the bell's one number. Asked for with the smallest page. */
export function useWaitingCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => notificationsApi.list({ limit: 1 }, signal).then((page) => page.unread),
    enabled,
    refetchInterval: enabled ? BELL_EVERY_MS : false,
  });
}

/** This device's copy of the inbox (see deviceCopy.ts), read once per person. */
export function useInboxCopy(userId: string) {
  return useQuery({ queryKey: notificationKeys.device(userId), queryFn: () => readInbox(userId), staleTime: Infinity });
}

export type InboxState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: Notification[]; unread: number; fromDevice: boolean; savedAt: string | null };

/**
 * The inbox, newest first, page by page. The first page the server gives is kept on the device;
 * when the server cannot be reached (or the browser knows it is offline) that copy is shown
 * instead, marked as such, so the screen can say it may be behind.
 */
export function useInbox(userId: string, online: boolean) {
  const client = useQueryClient();
  const server = useInfiniteQuery({
    queryKey: notificationKeys.inbox(),
    queryFn: ({ pageParam, signal }) => notificationsApi.list({ cursor: pageParam, limit: INBOX_PAGE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // With no network, asking can only fail (and the browser logs each failure); the copy answers.
    enabled: online,
  });
  const copy = useInboxCopy(userId);
  const first = server.data?.pages[0];

  useEffect(() => {
    if (!first) return;
    void keepInbox(userId, first).then(() => client.invalidateQueries({ queryKey: notificationKeys.device(userId) }));
    // The bell reads the same number; keep it in step without a second request.
    client.setQueryData(notificationKeys.unread(), first.unread);
  }, [client, userId, first]);

  const unreachable = !online || isNetworkError(server.error);
  const fromServer = server.data && { items: server.data.pages.flatMap((p) => p.items), unread: server.data.pages[0]?.unread ?? 0 };
  let state: InboxState;
  if (fromServer && !unreachable) state = { status: 'ready', ...fromServer, fromDevice: false, savedAt: null };
  else if (unreachable && copy.data) state = { status: 'ready', ...copy.data.page, fromDevice: true, savedAt: copy.data.savedAt };
  // Cut off after this screen had loaded: what it has is at least as new as the device's copy.
  else if (fromServer) state = { status: 'ready', ...fromServer, fromDevice: true, savedAt: null };
  else if (unreachable && copy.isPending) state = { status: 'loading' };
  // Nothing kept here yet: an empty inbox that says it is offline rather than an error.
  else if (unreachable) state = { status: 'ready', items: [], unread: 0, fromDevice: true, savedAt: null };
  else if (server.error) state = { status: 'error', error: server.error };
  else state = { status: 'loading' };
  return { state, server };
}

/** A change to one reminder: the inbox and the bell ask again behind it. */
function useInboxChange<A>(change: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: notificationKeys.inbox() });
      void client.invalidateQueries({ queryKey: notificationKeys.unread() });
    },
  });
}

export const useMarkRead = () => useInboxChange((id: string) => notificationsApi.markRead(id));
export const useSnooze = () =>
  useInboxChange(({ id, minutes }: { id: string; minutes: 15 | 60 | 180 }) => notificationsApi.snooze(id, { minutes }));
export const useNotNow = () => useInboxChange((id: string) => notificationsApi.dismiss(id));

export function useNotificationSettings() {
  return useQuery({ queryKey: notificationKeys.settings(), queryFn: ({ signal }) => notificationsApi.settings(signal) });
}

export function useSaveNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsBody) => notificationsApi.saveSettings(body),
    onSuccess: (saved) => client.setQueryData(notificationKeys.settings(), saved),
  });
}

export type { NotificationsPage };
