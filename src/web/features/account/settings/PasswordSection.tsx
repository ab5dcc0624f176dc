import { ChangePasswordBody, PASSWORD_MAX, PASSWORD_MIN } from '../../../../contracts/account/auth.js';
import { Button } from '../../../components/Button.js';
import { PasswordField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useChange } from '../../../query/mutations.js';
import { settingsApi } from './api.js';
import { PASSWORD_CHANGES } from './queries.js';

export function PasswordSection() {
  const { t } = useTranslation('settings');
  const changePassword = useChange(settingsApi.changePassword, PASSWORD_CHANGES);
  const form = useSteadyForm({
    schema: ChangePasswordBody,
    defaultValues: { currentPassword: '', newPassword: '' },
    invalidMessage: null,
    // The contract's rules, said in the person's language.
    fieldMessages: ({ newPassword }) => ({
      currentPassword: t('password.currentRule'),
      newPassword:
        [...newPassword].length < PASSWORD_MIN ? t('password.short', { min: PASSWORD_MIN }) : t('password.long', { max: PASSWORD_MAX }),
    }),
    onSubmit: async (body) => {
      await changePassword(body);
      form.reset({ currentPassword: '', newPassword: '' });
      form.setNotice({
        text: t('password.changed'),
        tone: 'success',
      });
    },
  });
  const { values, errors, set } = form;

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      <p>{t('password.lead')}</p>
      <FormShell form={form} className="form">
        <PasswordField
          label={t('password.current')}
          name="currentPassword"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => set({ currentPassword: e.target.value })}
          error={errors.currentPassword}
        />
        <PasswordField
          label={t('password.new')}
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set({ newPassword: e.target.value })}
          error={errors.newPassword}
          hint={t('password.hint', { min: PASSWORD_MIN })}
        />
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('password.changing')}>
            {t('password.change')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
