import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ResetPasswordBody } from '../../../contracts/recovery.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useLinkToken } from '../../lib/linkToken.js';
import { PASSWORD_HINT } from '../auth/passwordHint.js';

/** The contract's body, and the same password typed twice: checked only once the first is a good one. */
const ResetWithRepeat = ResetPasswordBody.extend({ repeat: z.string() }).refine((v) => v.repeat === v.newPassword, {
  message: 'These two are not the same yet',
  path: ['repeat'],
});

export function ResetPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const token = useLinkToken();
  const [stale, setStale] = useState(false);
  const form = useSteadyForm({
    schema: ResetWithRepeat,
    defaultValues: { newPassword: '', repeat: '' },
    toBody: (values) => ({ token, ...values }),
    invalidMessage: null,
    onSubmit: async ({ newPassword }) => {
      try {
        const res = await call('resetPassword', { body: { token, newPassword } });
        signIn(res);
        void navigate('/home', { replace: true });
      } catch (err) {
        // A used or expired link is not the person's mistake: the page says so instead of the form.
        if (err instanceof ApiError && err.fieldErrors.token) setStale(true);
        else throw err;
      }
    },
  });
  const { values, errors, set } = form;

  if (!token || stale) {
    return (
      <Page title="Choose a new password" heading="This link no longer works" className="narrow">
        <p>{token ? 'It was used already, or more than an hour has passed.' : 'This page opens from the link in your message.'}</p>
        <p>Your account and everything in it are just as they were. You can ask for a fresh link.</p>
        <p className="aside">
          <Link to="/forgot">Ask for a new link</Link> · <Link to="/login">Log in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password" heading="Choose a new password" className="narrow">
      <p>Everything you wrote stays as it was. Any other device signed in to your account will be signed out.</p>
      <FormShell form={form} className="form" aria-describedby="reset-message">
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set({ newPassword: e.target.value })}
          error={errors.newPassword}
          hint={PASSWORD_HINT}
        />
        <PasswordField
          label="The same password again"
          name="repeat"
          autoComplete="new-password"
          value={values.repeat}
          onChange={(e) => set({ repeat: e.target.value })}
          error={errors.repeat}
        />
        <FormMessage id="reset-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Saving…">
            Save and sign in
          </Button>
        </div>
      </FormShell>
    </Page>
  );
}
