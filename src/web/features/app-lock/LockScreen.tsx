import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';

/**
 * Stands in for every screen while the app is locked: the screens behind it are not mounted, so
 * nothing they held is in the page. SOS stays one tap away in the header. A passkey is the second
 * way to open it (issue 14.8); the passkeys work adds its button here beside the PIN.
 */
export function LockScreen() {
  const { unlocked, logOut } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!pin) {
      setError('Enter your PIN');
      formRef.current?.querySelector<HTMLInputElement>('input[name="pin"]')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setMessage(null);
    try {
      const res = await call('unlockApp', { body: { pin } });
      unlocked(res);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 0) setMessage('Steady needs a connection to check your PIN. Help lines work now, from SOS.');
      else if (err.fieldErrors.pin) setError(err.fieldErrors.pin);
      else setMessage(err.friendly);
      setPin('');
      formRef.current?.querySelector<HTMLInputElement>('input[name="pin"]')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Locked" heading="Steady is locked" className="lock-screen">
      <p className="page-lead">Enter your PIN to carry on where you were.</p>
      <form ref={formRef} noValidate className="form card" onSubmit={(e) => void submit(e)}>
        <PasswordField
          label="PIN"
          name="pin"
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          error={error}
          autoFocus
        />
        <FormMessage message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Checking…">
            Unlock
          </Button>
        </div>
      </form>
      <p>
        Need someone to talk to? <Link to="/sos">Help lines are open</Link>, locked or not.
      </p>
      <section className="card" aria-labelledby="forgot-pin-heading">
        <h2 id="forgot-pin-heading">Forgotten your PIN?</h2>
        <p>Log out here, then log in again with your password. Everything you saved stays safe.</p>
        <div className="actions">
          <Button variant="secondary" onClick={() => void logOut()}>
            Log out
          </Button>
        </div>
      </section>
    </Page>
  );
}
