import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { browserSupportsWebAuthn, startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { LoginBody } from '../../../../contracts/account/auth.js';
import type { SecondFactorRequired } from '../../../../contracts/account/two-step.js';
import { useSession } from '../../../auth/session.js';
import { finishPendingLogout } from '../../../auth/pendingLogout.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { PasswordField, TextField } from '../../../components/Field.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyAction } from '../../../forms/useSteadyAction.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { Trans, useTranslation } from '../../../i18n/i18n.js';
import { signInApi } from './secondStepApi.js';
import { SecondStep } from './SecondStepPage.js';

export function LoginPage() {
  const { t } = useTranslation('account');
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [pending, setPending] = useState<SecondFactorRequired | null>(null);
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
  const passkey = useSteadyAction(
    async () => {
      await finishPendingLogout();
      const { loginToken, options } = await signInApi.startPasskey();
      let credential;
      try {
        credential = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
      } catch {
        form.setNotice({ text: t('login.noPasskey'), tone: 'error' });
        return;
      }
      signIn(await signInApi.finishPasskey(loginToken, credential));
    },
    { say: form.setNotice },
  );
  const { values, errors, set } = form;
  const notice = form.notice;
  // Sent here from somewhere else (the session ended, or a link needed signing in first).
  const carryOn = expired || params.has('next');

  if (pending) {
    return (
      <SecondStep
        pending={pending}
        onSignedIn={signIn}
        onStartAgain={() => {
          setPending(null);
          set({ password: '' });
          form.setNotice({ text: t('login.startOver'), tone: 'error' });
        }}
      />
    );
  }

  return (
    <Page title={t('login.title')} heading={t('login.heading')} className="narrow">
      {carryOn ? <p className="notice">{t('login.carryOn')}</p> : null}
      <FormShell form={form} className="form" aria-describedby="login-message">
        <TextField
          label={t('email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={errors.email}
        />
        <PasswordField
          label={t('password')}
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => set({ password: e.target.value })}
          error={errors.password}
        />
        <FormMessage id="login-message" message={notice?.text ?? null} tone={notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('login.busy')}>
            {t('logIn')}
          </Button>
        </div>
      </FormShell>
      {browserSupportsWebAuthn() ? (
        <div className="actions login-divider">
          <Button busy={passkey.busy} busyLabel={t('login.passkeyWaiting')} onClick={() => void passkey.start()}>
            {t('login.passkey')}
          </Button>
        </div>
      ) : null}
      <p className="aside">
        <Link to="/forgot">{t('login.forgot')}</Link>
      </p>
      <p className="aside">
        <Trans t={t} i18nKey="login.newHere" components={{ a: <Link to="/signup" /> }} />
      </p>
    </Page>
  );
}
