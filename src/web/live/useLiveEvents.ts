import { useEffect, useEffectEvent } from 'react';
import type { EventType } from '../../contracts/events.js';
import { liveEvents, type LiveListener } from './events.js';

const nothing: LiveListener = () => undefined;

/**
 * Keeps the app's live connection open while a screen showing `types` is mounted. What each event
 * makes stale is decided in one place (`live/invalidation.ts`), so a screen over queries
 * passes no callback; `onEvent` is for what lives outside the cache (a device copy).
 */
export function useLiveEvents(types: readonly EventType[], onEvent: LiveListener = nothing): void {
  // The screen's latest handler, without subscribing again each render.
  const handle = useEffectEvent(onEvent);
  const key = [...types].sort().join(',');
  useEffect(() => liveEvents.subscribe(key.split(',') as EventType[], (event) => handle(event)), [key]);
}

/** For the session: the connection lives only while someone is signed in. */
export function useLiveConnection(signedIn: boolean): void {
  useEffect(() => liveEvents.setSignedIn(signedIn), [signedIn]);
}
