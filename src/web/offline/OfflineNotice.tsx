import { useTranslation } from '../i18n/i18n.js';
import { useSession } from '../auth/session.js';
import { useOnline } from './useOnline.js';

/**
 * A calm line while the app cannot reach Steady: everything that works offline still works, and
 * what the person saves waits on this device. Always in the page (empty when online), so screen
 * readers hear it the moment the words appear.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const { state } = useSession();
  const online = useOnline();
  const fromDevice = state.status === 'signedIn' && state.fromDevice;
  const text = !online ? t('offline.offline') : fromDevice ? t('offline.unreachable') : null;
  return (
    <p className="sync-note offline-note" role="status">
      {text}
    </p>
  );
}
