import { DeleteMeBody } from '../../../../contracts/account/auth.js';
import { useSession } from '../../../auth/session.js';
import { PasswordConfirm } from '../../../components/PasswordConfirm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { settingsApi } from './api.js';

export function DeleteAccountSection() {
  const { t } = useTranslation('settings');
  const { forgetDeleted } = useSession();
  return (
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('delete.heading')}</h2>
      <p>{t('delete.lead')}</p>
      <p>{t('delete.keepCopy')}</p>
      {/* PasswordConfirm is the shared form for a grave step: the password, then a dialog on the safe choice. */}
      <PasswordConfirm
        schema={DeleteMeBody}
        submitLabel={t('delete.submit')}
        dialog={{
          title: t('delete.title'),
          confirmLabel: t('delete.confirm'),
          cancelLabel: t('delete.keep'),
          body: <p>{t('delete.body')}</p>,
        }}
        action={async (password) => {
          await settingsApi.deleteAccount(password);
          // Nothing of theirs remains on the server; forget this device's copy of the session too.
          forgetDeleted();
        }}
      />
    </section>
  );
}
