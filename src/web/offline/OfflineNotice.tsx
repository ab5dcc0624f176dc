import { useSession } from '../auth/session.js';
import { useOnline } from './useOnline.js';

/**
 * A calm line while the app cannot reach Steady: everything that works offline still works, and
 * what the person saves waits on this device. Always in the page (empty when online), so screen
 * readers hear it the moment the words appear.
 */
export function OfflineNotice() {
  const { state } = useSession();
  const online = useOnline();
  const fromDevice = state.status === 'signedIn' && state.fromDevice;
  const text = !online
    ? 'You’re offline. Steady still works here; what you save is sent when you’re back.'
    : fromDevice
      ? 'Steady can’t be reached just now. What you save waits on this device until it can be.'
      : null;
  return (
    <p className="sync-note offline-note" role="status">
      {text}
    </p>
  );
}
