import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ResetPasswordBody } from '../../../../contracts/account/recovery.js';
import { call } from '../../../api/call.js';
import { useSession } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { PasswordField } from '../../../components/Field.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useMailedLink } from '../../../lib/linkToken.js';
import { passwordHint } from '../auth/passwordHint.js';

/** The contract's body, and the same password typed twice: checked only once the first is a good one. */
const ResetWithRepeat = ResetPasswordBody.extend({ repeat: z.string() }).refine((v) => v.repeat === v.newPassword, {
  message: 'These two are not the same yet',
  path: ['repeat'],
});

export function ResetPage() {
  const { t } = useTranslation('account');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const { token, stale, onProblem } = useMailedLink();
  const form = useSteadyForm({
    schema: ResetWithRepeat,
    defaultValues: { newPassword: '', repeat: '' },
    toBody: (values) => ({ token, ...values }),
    invalidMessage: null,
    onProblem,
    onSubmit: async ({ newPassword }) => {
      signIn(await call('resetPassword', { body: { token, newPassword } }));
      void navigate('/home', { replace: true });
    },
  });
  const { values, errors, set } = form;

  if (!token || stale) {
    return (
      <Page title={t('reset.title')} heading={t('confirm.stale')} className="narrow">
        <p>{token ? t('reset.used') : t('confirm.fromMessage')}</p>
        <p>{t('reset.asWas')}</p>
        <p className="aside">
          <Link to="/forgot">{t('reset.askNew')}</Link> · <Link to="/login">{t('logIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('reset.title')} heading={t('reset.title')} className="narrow">
      <p>{t('reset.lead')}</p>
      <FormShell form={form} className="form" aria-describedby="reset-message">
        <PasswordField
          label={t('reset.newPassword')}
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set({ newPassword: e.target.value })}
          error={errors.newPassword}
          hint={passwordHint()}
        />
        <PasswordField
          label={t('reset.repeat')}
          name="repeat"
          autoComplete="new-password"
          value={values.repeat}
          onChange={(e) => set({ repeat: e.target.value })}
          error={errors.repeat}
        />
        <FormMessage id="reset-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('reset.busy')}>
            {t('reset.submit')}
          </Button>
        </div>
      </FormShell>
    </Page>
  );
}
