import { ChangePasswordBody } from '../../../contracts/auth.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { PASSWORD_HINT } from '../auth/passwordHint.js';
import { settingsApi } from './api.js';

export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const form = useSteadyForm({
    schema: ChangePasswordBody,
    defaultValues: { currentPassword: '', newPassword: '' },
    invalidMessage: null,
    onSubmit: async (body) => {
      await settingsApi.changePassword(body);
      form.reset({ currentPassword: '', newPassword: '' });
      form.setNotice({
        text: 'Your password is changed. Any other devices were signed out and links that work without signing in were turned off; this one stays signed in.',
        tone: 'success',
      });
      onChanged();
    },
  });
  const { values, errors, set } = form;

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <p>
        Changing it signs out every other device and turns off links that work without signing in, in case someone else knew the old one.
      </p>
      <FormShell form={form} className="form">
        <PasswordField
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => set({ currentPassword: e.target.value })}
          error={errors.currentPassword}
        />
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set({ newPassword: e.target.value })}
          error={errors.newPassword}
          hint={PASSWORD_HINT}
        />
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Changing…">
            Change password
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
