import { Button } from './Button.js';

/** "Use a passkey", the same words wherever a passkey stands in for a PIN or a password. */
export function PasskeyButton({ busy, onUse }: { busy: boolean; onUse: () => Promise<void> }) {
  return (
    <Button variant="secondary" busy={busy} busyLabel="Waiting for your device…" onClick={() => void onUse()}>
      Use a passkey
    </Button>
  );
}
