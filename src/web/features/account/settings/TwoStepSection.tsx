import { useState } from 'react';
import { ConfirmTotpBody, PasswordBody, type TotpSetup } from '../../../../contracts/account/two-step.js';
import { Button } from '../../../components/Button.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { PasswordConfirm } from '../../../components/PasswordConfirm.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { loaded } from '../../../query/loaded.js';
import { useChange } from '../../../query/mutations.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { settingsKeys, useTwoStep } from './queries.js';
import { RecoveryCodesView } from './RecoveryCodesView.js';
import { twoStepApi } from './twoStepApi.js';

const TWO_STEP = [settingsKeys.twoStep()];

/** Settings → Two-step sign-in: an authenticator app and the recovery codes behind every second factor. */
export function TwoStepSection() {
  const { t } = useTranslation('settings');
  const state = loaded(useTwoStep());
  // The setup's secret and the new codes are shown once and never cached: they live only on this screen.
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const disableTotp = useChange(twoStepApi.disableTotp, TWO_STEP);
  const regenerate = useChange(twoStepApi.regenerateCodes, TWO_STEP);
  // Starting a setup is the section's one action of its own; its sentence is the section's.
  const section = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async () => setSetup(await twoStepApi.startTotp()),
  });
  const say = (text: string) => section.setNotice({ text, tone: 'success' });

  const status = state.status === 'ready' ? state.data : null;
  const hasFactor = status !== null && (status.totp || status.passkeys > 0);

  return (
    <section className="card" aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">{t('twoStep.heading')}</h2>
      <p>{t('twoStep.lead')}</p>
      {codes ? (
        <RecoveryCodesView
          codes={codes}
          onDone={() => {
            setCodes(null);
            say(t('twoStep.isOnNow'));
          }}
        />
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {status && !status.totp && !setup && !codes ? (
        <div className="actions">
          <Button variant="primary" busy={section.busy} busyLabel={t('twoStep.starting')} onClick={() => void section.submitWith()}>
            {t('twoStep.setUp')}
          </Button>
        </div>
      ) : null}
      {setup ? (
        <TotpConfirm
          setup={setup}
          onCancel={() => setSetup(null)}
          onConfirmed={(recoveryCodes) => {
            setSetup(null);
            if (recoveryCodes) setCodes(recoveryCodes);
            else say(t('twoStep.appOn'));
          }}
        />
      ) : null}
      {status?.totp && !codes ? (
        <>
          <h3>{t('twoStep.appHeading')}</h3>
          <p>
            <strong>{t('twoStep.appIsOn')}</strong> {t('twoStep.appIsOnMore')}
          </p>
          <PasswordConfirm
            schema={PasswordBody}
            submitLabel={t('twoStep.turnOff')}
            dialog={{
              title: t('twoStep.turnOffTitle'),
              body: <p>{t('twoStep.turnOffBody')}</p>,
              confirmLabel: t('twoStep.turnOffConfirm'),
              cancelLabel: t('twoStep.keepOn'),
            }}
            action={async (password) => {
              await disableTotp(password);
              say(t('twoStep.appOff'));
            }}
          />
        </>
      ) : null}
      {hasFactor && !codes ? (
        <>
          <h3>{t('recovery.heading')}</h3>
          <p>
            {t('recovery.left', { count: status.recoveryCodesLeft })} {t('recovery.replace')}
          </p>
          <PasswordConfirm
            schema={PasswordBody}
            submitLabel={t('recovery.make')}
            dialog={{
              title: t('recovery.makeTitle'),
              body: <p>{t('recovery.makeBody')}</p>,
              confirmLabel: t('recovery.makeConfirm'),
              cancelLabel: t('recovery.keep'),
            }}
            action={async (password) => {
              const r = await regenerate(password);
              if (r.recoveryCodes) setCodes(r.recoveryCodes);
            }}
          />
        </>
      ) : null}
      <FormMessage message={section.notice?.text ?? null} tone={section.notice?.tone ?? 'info'} />
    </section>
  );
}

function TotpConfirm({
  setup,
  onCancel,
  onConfirmed,
}: {
  setup: TotpSetup;
  onCancel: () => void;
  onConfirmed: (codes: string[] | null) => void;
}) {
  const { t } = useTranslation('settings');
  const confirm = useChange(twoStepApi.confirmTotp, TWO_STEP);
  const form = useSteadyForm({
    schema: ConfirmTotpBody,
    defaultValues: { code: '' },
    invalidMessage: null,
    fieldMessages: { code: t('twoStep.codeRule') },
    onSubmit: async ({ code }) => onConfirmed((await confirm(code)).recoveryCodes),
  });

  return (
    <FormShell form={form} className="form" aria-labelledby="totp-setup-heading">
      <h3 id="totp-setup-heading">{t('twoStep.addHeading')}</h3>
      <p>{t('twoStep.addLead')}</p>
      <img className="totp-qr" src={setup.qrCode} alt={t('twoStep.qr')} />
      <p>
        {t('twoStep.key')} <code className="totp-secret">{setup.secret}</code>
      </p>
      <TextField
        label={t('twoStep.code')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={form.values.code}
        onChange={(e) => form.set({ code: e.target.value })}
        error={form.errors.code}
      />
      <FormMessage message={form.notice?.text ?? null} tone="error" />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('twoStep.checking')}>
          {t('twoStep.turnOn')}
        </Button>
        <Button onClick={onCancel}>{t('twoStep.notNow')}</Button>
      </div>
    </FormShell>
  );
}
