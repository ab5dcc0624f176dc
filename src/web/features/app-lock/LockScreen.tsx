import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { UnlockAppBody } from '../../../contracts/app-lock.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { usePasskeyCheck } from '../../auth/usePasskeyCheck.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasskeyButton } from '../../components/PasskeyButton.js';
import { Page } from '../../components/Page.js';

/**
 * Stands in for every screen while the app is locked: the screens behind it are not mounted, so
 * nothing they held is in the page. SOS stays one tap away in the header. The person's passkey
 * opens it too, offered only when they have one.
 */
export function LockScreen() {
  const { unlocked, logOut } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'pin' | 'passkey' | null>(null);
  const passkey = usePasskeyCheck('startPasskeyUnlock', true);

  const focusPin = () => formRef.current?.querySelector<HTMLInputElement>('input[name="pin"]')?.focus();

  /** Sends one way of opening the lock; a wrong answer says so beside the PIN or in the message. */
  async function open(body: UnlockAppBody, what: 'PIN' | 'passkey') {
    setError(undefined);
    setMessage(null);
    try {
      unlocked(await call('unlockApp', { body }));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 0) setMessage(`Steady needs a connection to check your ${what}. Help lines work now, from SOS.`);
      else if (err.fieldErrors.pin) setError(err.fieldErrors.pin);
      else setMessage(err.friendly);
      setPin('');
      focusPin();
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!pin) {
      setError('Enter your PIN');
      focusPin();
      return;
    }
    setBusy('pin');
    await open({ pin }, 'PIN');
    setBusy(null);
  }

  async function openWithPasskey() {
    setBusy('passkey');
    setMessage(null);
    try {
      const assertion = await passkey.sign();
      if (assertion) await open({ passkey: assertion }, 'passkey');
      else setMessage('The passkey was not used. You can try again, or enter your PIN.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.status === 0 ? 'Steady needs a connection to check your passkey. Help lines work now, from SOS.' : err.friendly);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Page title="Locked" heading="Steady is locked" className="lock-screen">
      <p className="page-lead">
        {passkey.available
          ? 'Enter your PIN, or use your passkey, to carry on where you were.'
          : 'Enter your PIN to carry on where you were.'}
      </p>
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
          <Button type="submit" variant="primary" busy={busy === 'pin'} busyLabel="Checking…">
            Unlock
          </Button>
          {passkey.available ? <PasskeyButton busy={busy === 'passkey'} onUse={openWithPasskey} /> : null}
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
