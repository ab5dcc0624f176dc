import { Link } from 'react-router';
import { RequestPasswordResetBody } from '../../../../contracts/account/recovery.js';
import { call } from '../../../api/call.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { TextField } from '../../../components/Field.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { Trans, useTranslation } from '../../../i18n/i18n.js';

/** Asks for a reset link. The server answers the same for every email, and so does this page. */
export function ForgotPage() {
  const { t } = useTranslation('account');
  const form = useSteadyForm({
    schema: RequestPasswordResetBody,
    defaultValues: { email: '' },
    invalidMessage: null,
    onSubmit: async (body) => {
      await call('requestPasswordReset', { body });
      // The answer is one sentence for every email; the web says it in the person's language.
      form.setNotice({ text: t('forgot.sent'), tone: 'success' });
    },
  });
  const { values, errors } = form;

  return (
    <Page title={t('forgot.title')} heading={t('forgot.heading')} className="narrow">
      <p>{t('forgot.lead')}</p>
      <FormShell form={form} className="form" aria-describedby="forgot-message">
        <TextField
          label={t('email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={values.email}
          onChange={(e) => form.set({ email: e.target.value })}
          error={errors.email}
        />
        <FormMessage id="forgot-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('forgot.busy')}>
            {t('forgot.submit')}
          </Button>
        </div>
      </FormShell>
      <p className="aside">
        <Trans t={t} i18nKey="forgot.remembered" components={{ a: <Link to="/login" /> }} />
      </p>
    </Page>
  );
}
