import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { useTranslation } from '../i18n/i18n.js';
import type { LeaveGuard } from './useLeaveGuard.js';

/** "Leave without saving?", asked the same way by every form that guards unsaved words. */
export function LeaveDialog({ guard, onLeave }: { guard: LeaveGuard; /** Forgets the draft kept in memory. */ onLeave?: () => void }) {
  const { t } = useTranslation('shared');
  return (
    <ConfirmDialog
      open={guard.open}
      title={t('leave.title')}
      confirmLabel={t('leave.confirm')}
      cancelLabel={t('leave.stay')}
      tone="danger"
      onCancel={guard.stay}
      onConfirm={() => {
        onLeave?.();
        guard.go();
      }}
    >
      <p>{t('leave.body')}</p>
    </ConfirmDialog>
  );
}
