import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AuthResponse } from '../../../contracts/auth.js';
import { OneTimeCode, type SecondFactorRequired } from '../../../contracts/two-step.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { signInApi } from './secondStepApi.js';

/** The login's second step: a code from the app, a recovery code, or a passkey. No session until it is done. */
export function SecondStep({
  pending,
  onSignedIn,
  onStartAgain,
}: {
  pending: SecondFactorRequired;
  onSignedIn: (res: AuthResponse) => void;
  onStartAgain: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'code' | 'passkey' | null>(null);
  const methods = pending.secondFactor.methods;
  const hasPasskey = methods.includes('passkey') && pending.passkeyOptions !== null;
  useEffect(() => inputRef.current?.focus(), []);

  function failed(err: unknown) {
    setBusy(null);
    if (!(err instanceof ApiError)) throw err;
    // The pending login is over (too slow, or too many tries): back to the password, kindly.
    if (err.status === 401) {
      onStartAgain();
      return;
    }
    setError(err.fieldErrors.code);
    setMessage(err.friendly);
    inputRef.current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = OneTimeCode.safeParse(code);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setMessage(null);
    setBusy('code');
    try {
      onSignedIn(await signInApi.complete({ pendingToken: pending.pendingToken, code: checked.data }));
    } catch (err) {
      failed(err);
    }
  }

  async function signInWithPasskey() {
    setBusy('passkey');
    setMessage(null);
    let assertion;
    try {
      assertion = await startAuthentication({ optionsJSON: pending.passkeyOptions as unknown as PublicKeyCredentialRequestOptionsJSON });
    } catch {
      setBusy(null);
      setMessage('The passkey was not used. You can try again, or enter a code instead.');
      return;
    }
    try {
      onSignedIn(await signInApi.complete({ pendingToken: pending.pendingToken, passkey: assertion }));
    } catch (err) {
      failed(err);
    }
  }

  const codeLabel = methods.includes('totp') ? 'Code from your authenticator app, or a recovery code' : 'A recovery code';

  return (
    <Page title="One more step" heading="One more step" className="narrow">
      <p>Your password was right. Now show it is you with your second step.</p>
      {hasPasskey ? (
        <div className="actions">
          <Button variant="primary" busy={busy === 'passkey'} busyLabel="Waiting for your device…" onClick={() => void signInWithPasskey()}>
            Use my passkey
          </Button>
        </div>
      ) : null}
      <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="second-step-message">
        <TextField
          ref={inputRef}
          label={codeLabel}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={error}
          hint="Lost your phone? A recovery code works here too, once each."
        />
        <FormMessage id="second-step-message" message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant={hasPasskey ? 'secondary' : 'primary'} busy={busy === 'code'} busyLabel="Checking…">
            Continue
          </Button>
          <Button onClick={onStartAgain}>Start again</Button>
        </div>
      </form>
    </Page>
  );
}
