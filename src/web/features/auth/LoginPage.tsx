import { useState } from 'react';
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
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { signInApi } from './secondStepApi.js';
import { SecondStep } from './SecondStepPage.js';

export function LoginPage() {
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [pending, setPending] = useState<SecondFactorRequired | null>(null);
  const [passkeyBusy, setPasskeyBusy] = useState(false);
  const expired = state.status === 'signedOut' && state.reason === 'expired';
  const form = useSteadyForm({
    schema: LoginBody,
    defaultValues: { email: '', password: '' },
    invalidMessage: null,
    onSubmit: async (body) => {
      // An offline log-out on this browser is finished first, so its session is not left behind.
      await finishPendingLogout();
      const res = await signInApi.login(body);
      if ('secondFactor' in res) setPending(res);
      else signIn(res);
    },
  });
  const { values, errors, set } = form;
  const say = (text: string | null) => form.setNotice(text ? { text, tone: 'error' } : null);

  async function passkeySignIn() {
    say(null);
    setPasskeyBusy(true);
    try {
      await finishPendingLogout();
      const { loginToken, options } = await signInApi.startPasskey();
      let credential;
      try {
        credential = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
      } catch {
        setPasskeyBusy(false);
        say('No passkey was used. You can try again, or log in with your email and password.');
        return;
      }
      signIn(await signInApi.finishPasskey(loginToken, credential));
    } catch (err) {
      setPasskeyBusy(false);
      if (err instanceof ApiError) say(err.friendly);
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
          set({ password: '' });
          say('Please enter your password again to start over.');
        }}
      />
    );
  }

  return (
    <Page title="Log in" heading="Welcome back" className="narrow">
      {expired || params.has('next') ? <p className="notice">Please log in to carry on where you were.</p> : null}
      <FormShell form={form} className="form" aria-describedby="login-message">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={errors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => set({ password: e.target.value })}
          error={errors.password}
        />
        <FormMessage id="login-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Logging in…">
            Log in
          </Button>
        </div>
      </FormShell>
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
