import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { liveEvents } from '../live/events.js';
import { connectLive } from '../live/invalidation.js';
import { connectOutbox } from './outboxInvalidation.js';
import { queryClient } from './queryClient.js';

/** The cache for the whole app, told by the live stream and the outbox what has changed. */
export function QueryProvider({ client = queryClient, children }: { client?: QueryClient; children: ReactNode }) {
  useEffect(() => {
    const offLive = connectLive(liveEvents, client);
    const offOutbox = connectOutbox(client);
    return () => {
      offLive();
      offOutbox();
    };
  }, [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
