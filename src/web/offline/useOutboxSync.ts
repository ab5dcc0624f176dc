import { useEffect } from 'react';
import { flush, onOutboxChange, outboxStatus, startOutbox } from './outbox.js';

const RETRY_MS = 60_000;

/**
 * While someone is signed in: send what waits now, when the connection returns, and every minute
 * while anything waits. `send` is false while the session is only remembered on this device (the
 * app opened offline): changes are kept, and sent once the server has confirmed the session.
 */
export function useOutboxSync(userId: string | null, send = true): void {
  useEffect(() => {
    if (!userId) return;
    void startOutbox(userId, { send });
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    let timer: number | undefined;
    const schedule = (pending: number) => {
      if (pending > 0 && timer === undefined) timer = window.setInterval(() => void flush(), RETRY_MS);
      if (pending === 0 && timer !== undefined) {
        window.clearInterval(timer);
        timer = undefined;
      }
    };
    schedule(outboxStatus().pending);
    const off = onOutboxChange((s) => schedule(s.pending));
    return () => {
      window.removeEventListener('online', onOnline);
      off();
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [userId, send]);
}
