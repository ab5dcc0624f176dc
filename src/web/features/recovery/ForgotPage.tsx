import { Link } from 'react-router';
import { RequestPasswordResetBody } from '../../../contracts/recovery.js';
import { call } from '../../api/call.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { TextField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';

/** Asks for a reset link. The server answers the same for every email, and so does this page. */
export function ForgotPage() {
  const form = useSteadyForm({
    schema: RequestPasswordResetBody,
    defaultValues: { email: '' },
    invalidMessage: null,
    onSubmit: async (body) => {
      const res = await call('requestPasswordReset', { body });
      form.setNotice({ text: res.message, tone: 'success' });
    },
  });
  const { values, errors } = form;

  return (
    <Page title="Forgot your password?" heading="Choose a new password" className="narrow">
      <p>Everything you wrote stays safe. Enter the email you use here, and we will send you a link to choose a new password.</p>
      <FormShell form={form} className="form" aria-describedby="forgot-message">
        <TextField
          label="Email"
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
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Sending…">
            Send me a link
          </Button>
        </div>
      </FormShell>
      <p className="aside">
        Remembered it? <Link to="/login">Log in</Link>
      </p>
    </Page>
  );
}
