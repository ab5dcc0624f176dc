import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { browserSupportsWebAuthn, startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { LoginBody } from '../../../contracts/auth.js';
import type { SecondFactorRequired } from '../../../contracts/two-step.js';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../auth/session.js';
import { finishPendingLogout } from '../../auth/pendingLogout.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordField, TextField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { signInApi } from './secondStepApi.js';
import { SecondStep } from './SecondStepPage.js';

const ORDER = ['email', 'password'] as const;

export function LoginPage() {
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<SecondFactorRequired | null>(null);
  const [passkeyBusy, setPasskeyBusy] = useState(false);
  const expired = state.status === 'signedOut' && state.reason === 'expired';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(LoginBody, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      // An offline log-out on this browser is finished first, so its session is not left behind.
      await finishPendingLogout();
      const res = await signInApi.login(values);
      if ('secondFactor' in res) {
        setBusy(false);
        setPending(res);
      } else signIn(res);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setMessage(err.friendly);
      } else throw err;
    }
  }

  async function passkeySignIn() {
    setMessage(null);
    setPasskeyBusy(true);
    try {
      await finishPendingLogout();
      const { loginToken, options } = await signInApi.startPasskey();
      let credential;
      try {
        credential = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
      } catch {
        setPasskeyBusy(false);
        setMessage('No passkey was used. You can try again, or log in with your email and password.');
        return;
      }
      signIn(await signInApi.finishPasskey(loginToken, credential));
    } catch (err) {
      setPasskeyBusy(false);
      if (err instanceof ApiError) setMessage(err.friendly);
      else throw err;
    }
  }

  if (pending) {
    return (
      <SecondStep
        pending={pending}
        onSignedIn={signIn}
        onStartAgain={() => {
          setPending(null);
          setValues((v) => ({ ...v, password: '' }));
          setMessage('Please enter your password again to start over.');
        }}
      />
    );
  }

  return (
    <Page title="Log in" heading="Welcome back" className="narrow">
      {expired || params.has('next') ? <p className="notice">Please log in to carry on where you were.</p> : null}
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="login-message">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={values.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
          error={errors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
          error={errors.password}
        />
        <FormMessage id="login-message" message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Logging in…">
            Log in
          </Button>
        </div>
      </form>
      {browserSupportsWebAuthn() ? (
        <div className="actions login-divider">
          <Button busy={passkeyBusy} busyLabel="Waiting for your device…" onClick={() => void passkeySignIn()}>
            Sign in with a passkey
          </Button>
        </div>
      ) : null}
      <p className="aside">
        <Link to="/forgot">Forgot your password?</Link>
      </p>
      <p className="aside">
        New here? <Link to="/signup">Create your space</Link>
      </p>
    </Page>
  );
}
