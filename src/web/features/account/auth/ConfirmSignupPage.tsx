import { Link, useNavigate } from 'react-router';
import { ConfirmSignupBody } from '../../../../contracts/account/signup.js';
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

/** Where the sign-up mail's link lands: the password chosen at sign-up makes the account. */
export function ConfirmSignupPage() {
  const { t } = useTranslation('account');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const { token, stale, onProblem } = useMailedLink();
  const form = useSteadyForm({
    schema: ConfirmSignupBody,
    defaultValues: { password: '' },
    toBody: (values) => ({ token, ...values }),
    invalidMessage: null,
    onProblem,
    onSubmit: async (body) => {
      signIn(await call('confirmSignup', { body }));
      void navigate('/home', { replace: true });
    },
  });

  if (!token || stale) {
    return (
      <Page title={t('confirm.title')} heading={t('confirm.stale')} className="narrow">
        <p>{token ? t('confirm.used') : t('confirm.fromMessage')}</p>
        <p>{t('confirm.again')}</p>
        <p className="aside">
          <Link to="/signup">{t('confirm.signUpAgain')}</Link> · <Link to="/login">{t('logIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('confirm.title')} heading={t('confirm.title')} className="narrow">
      <p>{t('confirm.lead')}</p>
      <FormShell form={form} className="form" aria-describedby="confirm-message">
        <PasswordField
          label={t('confirm.password')}
          name="password"
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.set({ password: e.target.value })}
          error={form.errors.password}
        />
        <FormMessage id="confirm-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('signup.busy')}>
            {t('signup.submit')}
          </Button>
        </div>
      </FormShell>
    </Page>
  );
}
