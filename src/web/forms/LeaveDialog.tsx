import { ConfirmDialog } from '../components/ConfirmDialog.js';
import type { LeaveGuard } from './useLeaveGuard.js';

/** "Leave without saving?", asked the same way by every form that guards unsaved words. */
export function LeaveDialog({ guard, onLeave }: { guard: LeaveGuard; /** Forgets the draft kept in memory. */ onLeave?: () => void }) {
  return (
    <ConfirmDialog
      open={guard.open}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Keep writing"
      tone="danger"
      onCancel={guard.stay}
      onConfirm={() => {
        onLeave?.();
        guard.go();
      }}
    >
      <p>What you’ve written here hasn’t been saved yet. If you leave now, it will be gone.</p>
    </ConfirmDialog>
  );
}
