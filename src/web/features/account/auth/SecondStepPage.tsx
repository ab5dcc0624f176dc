import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import type { AuthResponse } from '../../../../contracts/account/auth.js';
import { OneTimeCode, type SecondFactorRequired } from '../../../../contracts/account/two-step.js';
import type { ApiError } from '../../../api/client.js';
import { Button } from '../../../components/Button.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyAction } from '../../../forms/useSteadyAction.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { signInApi } from './secondStepApi.js';

/** The code half of the contract's `completeLogin` body; the pending token is the page's, not the person's. */
const CodeBody = z.strictObject({ code: OneTimeCode });

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
  const { t } = useTranslation('account');
  const inputRef = useRef<HTMLInputElement>(null);
  const methods = pending.secondFactor.methods;
  const hasPasskey = methods.includes('passkey') && pending.passkeyOptions !== null;
  useEffect(() => inputRef.current?.focus(), []);

  // The pending login is over (too slow, or too many tries): back to the password, kindly.
  const over = (err: ApiError) => {
    if (err.status !== 401) return false;
    onStartAgain();
    return true;
  };
  const form = useSteadyForm({
    schema: CodeBody,
    defaultValues: { code: '' },
    invalidMessage: null,
    onProblem: over,
    onSubmit: async ({ code }) => {
      onSignedIn(await signInApi.complete({ pendingToken: pending.pendingToken, code }));
    },
  });
  const passkey = useSteadyAction(
    async () => {
      let assertion;
      try {
        assertion = await startAuthentication({ optionsJSON: pending.passkeyOptions as unknown as PublicKeyCredentialRequestOptionsJSON });
      } catch {
        form.setNotice({ text: t('secondStep.passkeyNotUsed'), tone: 'error' });
        return;
      }
      onSignedIn(await signInApi.complete({ pendingToken: pending.pendingToken, passkey: assertion }));
    },
    { say: form.setNotice, onProblem: over },
  );
  const notice = form.notice;
  const codeLabel = methods.includes('totp') ? t('secondStep.codeLabelApp') : t('secondStep.codeLabelRecovery');

  return (
    <Page title={t('secondStep.title')} heading={t('secondStep.title')} className="narrow">
      <p>{t('secondStep.lead')}</p>
      {hasPasskey ? (
        <div className="actions">
          <Button variant="primary" busy={passkey.busy} busyLabel={t('login.passkeyWaiting')} onClick={() => void passkey.start()}>
            {t('secondStep.usePasskey')}
          </Button>
        </div>
      ) : null}
      <FormShell form={form} className="form" aria-describedby="second-step-message">
        <TextField
          ref={inputRef}
          label={codeLabel}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          value={form.values.code}
          onChange={(e) => form.set({ code: e.target.value })}
          error={form.errors.code}
          hint={t('secondStep.codeHint')}
        />
        <FormMessage id="second-step-message" message={notice?.text ?? null} tone="error" />
        <div className="actions">
          <Button type="submit" variant={hasPasskey ? 'secondary' : 'primary'} busy={form.busy} busyLabel={t('secondStep.checking')}>
            {t('secondStep.continue')}
          </Button>
          <Button onClick={onStartAgain}>{t('secondStep.startAgain')}</Button>
        </div>
      </FormShell>
    </Page>
  );
}
