/**
 * The service worker's half of Web Push (issue 16), appended to /sw.js by pwa-shell-plugin.ts. Kept
 * apart so the shell's caching and the notifications can each be read on their own.
 *
 * The payload is Steady's PushPayload (contracts/notifications): words Steady chose for the kind,
 * never anything a person wrote, and the app path to open. The tag is the notification's id, so a
 * message sent again (a retry after a crash) replaces the one on screen instead of adding another.
 */
export function pushHandlers(icon: string): string {
  return `
const PUSH_ICON = ${JSON.stringify(icon)};

/** Only a path inside this app: a link that names another origin (or "//host") opens the inbox instead. */
function ownPath(link) {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : '/notifications';
}

self.addEventListener('push', (event) => {
  let payload = null;
  try {
    payload = event.data ? event.data.json() : null;
  } catch {
    payload = null;
  }
  // A message that is not ours still has to show something (the browser requires a visible
  // notification for every push), so it says only what Steady would.
  const title = payload && typeof payload.title === 'string' ? payload.title : 'Steady';
  const options = {
    body: payload && typeof payload.body === 'string' ? payload.body : '',
    icon: PUSH_ICON,
    badge: PUSH_ICON,
    data: { id: payload && payload.id ? String(payload.id) : null, link: ownPath(payload && payload.link) },
  };
  if (options.data.id) options.tag = options.data.id;
  event.waitUntil(self.registration.showNotification(title, options));
});

/**
 * A tap: an open Steady window is focused and told where to go (the app moves there itself, so
 * nothing typed in it is lost to a reload); with none open, one opens at the link.
 */
async function openFromNotification(notification) {
  const data = notification.data || {};
  const link = ownPath(data.link);
  notification.close();
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const own = open.find((c) => new URL(c.url).origin === self.location.origin);
  if (own) {
    own.postMessage({ type: 'steady:open', link, id: data.id || null });
    // A browser lets a worker focus a window only during a tap; told where to go, the window moves either way.
    try {
      await own.focus();
    } catch {
      // Not focused: it still went to the link.
    }
    return own;
  }
  return self.clients.openWindow(new URL(link, self.location.origin).href);
}

self.addEventListener('notificationclick', (event) => {
  event.waitUntil(openFromNotification(event.notification));
});
`;
}
