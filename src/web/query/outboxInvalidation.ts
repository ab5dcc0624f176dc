import type { QueryClient } from '@tanstack/react-query';
import { onOutboxChange, onOutboxSent } from '../offline/outbox.js';

/**
 * Every domain's keys start with the first segment of its API path ("urges" for /api/v1/urges/…,
 * "pair" for /api/v1/pair/…), so the outbox can say which domain a replayed change touched
 * without knowing the screens.
 */
export function domainOf(url: string): string | null {
  return /^\/api\/v1\/([^/?]+)/.exec(url)?.[1] ?? null;
}

/**
 * The outbox stays the way creates work offline; the cache hears from it:
 * - anything queued, sent or dropped changes what waits on this device: every `waiting` key;
 * - a queued change that reached the server changes its domain's server data: that domain's keys.
 */
export function connectOutbox(client: QueryClient): () => void {
  const offChange = onOutboxChange(() => void client.invalidateQueries({ predicate: (q) => q.queryKey[1] === 'waiting' }));
  const offSent = onOutboxSent((sent) => {
    const domain = domainOf(sent.url);
    if (domain) void client.invalidateQueries({ queryKey: [domain] });
  });
  return () => {
    offChange();
    offSent();
  };
}
