import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useMarkRead } from './queries.js';
import { ownPath } from './words.js';

/**
 * A tap on a notification, passed on by the service worker (scripts/sw-push.ts) to the window it
 * focused: the app moves to the screen it is about, without a reload that would lose anything
 * half typed, and the reminder counts as read.
 */
export function useOpenFromPush(signedIn: boolean): void {
  const navigate = useNavigate();
  const { mutate: markRead } = useMarkRead();
  useEffect(() => {
    if (!signedIn || !('serviceWorker' in navigator)) return;
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { type?: unknown; link?: unknown; id?: unknown } | null;
      if (!data || data.type !== 'steady:open') return;
      const link = ownPath(typeof data.link === 'string' ? data.link : null);
      if (link) void navigate(link);
      if (typeof data.id === 'string') markRead(data.id);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [signedIn, navigate, markRead]);
}
