import { useTranslation } from '../i18n/i18n.js';
import { Button } from './Button.js';

/** "Use a passkey", the same words wherever a passkey stands in for a PIN or a password. */
export function PasskeyButton({ busy, onUse }: { busy: boolean; onUse: () => Promise<void> }) {
  const { t } = useTranslation('shared');
  return (
    <Button variant="secondary" busy={busy} busyLabel={t('passkey.waiting')} onClick={() => void onUse()}>
      {t('passkey.use')}
    </Button>
  );
}
