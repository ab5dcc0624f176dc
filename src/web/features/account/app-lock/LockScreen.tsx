import { Link } from 'react-router';
import { UnlockAppBody } from '../../../../contracts/account/app-lock.js';
import { call } from '../../../api/call.js';
import { useSession } from '../../../auth/session.js';
import { usePasskeyCheck } from '../../../auth/usePasskeyCheck.js';
import { Button } from '../../../components/Button.js';
import { PasswordField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { PasskeyButton } from '../../../components/PasskeyButton.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm, type FormNotice } from '../../../forms/useSteadyForm.js';
import { Trans, useTranslation } from '../../../i18n/i18n.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';

/**
 * Stands in for every screen while the app is locked: the screens behind it are not mounted, so
 * nothing they held is in the page. SOS stays one tap away in the header. The person's passkey
 * opens it too, offered only when they have one.
 */
export function LockScreen() {
  const { t } = useTranslation('appLock');
  const { unlocked, logOut } = useSession();
  const passkey = usePasskeyCheck('startPasskeyUnlock', true);

  /**
   * Sends one way of opening the lock. With no network the check cannot happen at all, which
   * deserves its own words (SOS works regardless); any other problem is the form hook's to show.
   */
  async function open(body: UnlockAppBody, offline: string, shown: { setNotice: (notice: FormNotice) => void }) {
    try {
      unlocked(await call('unlockApp', { body }));
    } catch (err) {
      if (navigator.onLine) throw err;
      shown.setNotice({ text: offline, tone: 'error' });
    }
  }

  const pinForm = useSteadyForm({
    schema: UnlockAppBody,
    defaultValues: { pin: '' },
    invalidMessage: null,
    fieldMessages: { pin: t('lock.enterPin') },
    onSubmit: async (body) => {
      passkeyForm.setNotice(null);
      try {
        await open(body, t('lock.offlinePin'), pinForm);
      } finally {
        // A wrong PIN is not left in the field; the hook puts focus back on it.
        pinForm.set({ pin: '' });
      }
    },
  });

  const passkeyForm = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async () => {
      pinForm.setNotice(null);
      pinForm.clearErrors();
      const assertion = await passkey.sign();
      if (assertion) await open({ passkey: assertion }, t('lock.offlinePasskey'), passkeyForm);
      else passkeyForm.setNotice({ text: t('lock.passkeyNotUsed'), tone: 'error' });
    },
  });

  // A wrong PIN is said beside the PIN; the sentence under the form is for everything else. The
  // server's one word about the PIN is that it did not match, said here in the person's language.
  const pinError = pinForm.errors.pin === undefined || pinForm.errors.pin === t('lock.enterPin') ? pinForm.errors.pin : t('lock.wrongPin');
  const notice = pinError ? null : (pinForm.notice ?? passkeyForm.notice);

  return (
    <Page title={t('lock.title')} heading={t('lock.heading')} className="lock-screen">
      <p className="page-lead">{passkey.available ? t('lock.leadPasskey') : t('lock.lead')}</p>
      <FormShell form={pinForm} className="form card">
        <PasswordField
          label={t('lock.pin')}
          name="pin"
          autoComplete="off"
          value={pinForm.values.pin ?? ''}
          onChange={(e) => pinForm.set({ pin: e.target.value })}
          error={pinError}
          autoFocus
        />
        <FormMessage message={notice?.text ?? null} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={pinForm.busy} busyLabel={t('lock.checking')}>
            {t('lock.unlock')}
          </Button>
          {passkey.available ? <PasskeyButton busy={passkeyForm.busy} onUse={() => passkeyForm.submitWith()} /> : null}
        </div>
      </FormShell>
      <p>
        <Trans t={t} i18nKey="lock.help" components={{ a: <Link to="/sos" /> }} />
      </p>
      <section className="card" aria-labelledby="forgot-pin-heading">
        <h2 id="forgot-pin-heading">{t('lock.forgotHeading')}</h2>
        <p>{t('lock.forgotLead')}</p>
        <div className="actions">
          <Button variant="secondary" onClick={() => void logOut()}>
            {t('lock.logOut')}
          </Button>
        </div>
      </section>
    </Page>
  );
}
