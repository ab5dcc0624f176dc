import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';
import { registerForgetter } from '../auth/forget.js';
import { i18n } from '../i18n/i18n.js';

/** A request that never reached the server (offline, server restarting): worth one more try. */
export function isNetworkError(err: unknown): boolean {
  return err instanceof ApiError && err.status === 0;
}

/**
 * The cache for what the server holds. Its defaults:
 * - Retries only a request that never arrived, and not while the browser knows it is offline: a
 *   4xx answer (404 "not found", 401 "signed out", which the client already hands to the session)
 *   will not change on a second try, and an offline screen should say so at once.
 * - `networkMode: 'always'`: the app decides what offline means (the outbox, the device copies);
 *   TanStack's own pause would leave an offline screen loading for ever instead of saying so, and a
 *   paused mutation would never settle the form that awaits it.
 * - `staleTime: 0`, with the cache kept five minutes (`gcTime`): a screen shown again (Back) draws
 *   what it showed at once and asks again in the background, since a partner or another device
 *   may have changed it while no live event could say so (the stream is open only while a live
 *   screen is). A longer staleTime would skip that refetch. Screens mounting together still share
 *   one request, and the data changed on this device is marked stale by its mutation anyway.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 0,
        gcTime: 5 * 60_000,
        retry: (failures, err) => isNetworkError(err) && failures < 2 && navigator.onLine,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/**
 * Some answers hold Steady's own words, worded for the language asked in: after a switch, answers
 * off screen are dropped rather than drawn once in the old language, and those on screen are asked
 * for again. Returns how to stop following.
 */
export function followLanguage(client: QueryClient): () => void {
  const changed = () => {
    client.removeQueries({ type: 'inactive' });
    void client.invalidateQueries({ type: 'active' });
  };
  i18n.on('languageChanged', changed);
  return () => i18n.off('languageChanged', changed);
}

/** The app's one cache. */
export const queryClient = createQueryClient();
followLanguage(queryClient);

// Signing out forgets what was read for this person, so the next one finds nothing cached.
registerForgetter(() => queryClient.clear());
