import { useEffect, useEffectEvent } from 'react';
import type { EventType } from '../../contracts/events.js';
import { liveEvents, type LiveListener } from './events.js';

/**
 * Calls `onEvent` when one of `types` arrives on the app's live connection, and once without an
 * event after the connection returns from a break; a screen refetches what it shows then.
 */
export function useLiveEvents(types: readonly EventType[], onEvent: LiveListener): void {
  // The screen's latest handler, without subscribing again each render.
  const handle = useEffectEvent(onEvent);
  const key = [...types].sort().join(',');
  useEffect(() => liveEvents.subscribe(key.split(',') as EventType[], (event) => handle(event)), [key]);
}

/** For the session: the connection lives only while someone is signed in. */
export function useLiveConnection(signedIn: boolean): void {
  useEffect(() => liveEvents.setSignedIn(signedIn), [signedIn]);
}
