import { useRef, useState, type FormEvent } from 'react';
import { ChangePasswordBody } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { PasswordField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { PASSWORD_HINT } from '../auth/passwordHint.js';
import { settingsApi } from './api.js';

const ORDER = ['currentPassword', 'newPassword'] as const;

export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ChangePasswordBody, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await settingsApi.changePassword(values);
      setValues({ currentPassword: '', newPassword: '' });
      setMessage({
        text: 'Your password is changed. Any other devices were signed out and links that work without signing in were turned off; this one stays signed in.',
        tone: 'success',
      });
      onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: err.friendly, tone: 'error' });
      focusFirstError(formRef.current, ORDER, err.fieldErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <p>
        Changing it signs out every other device and turns off links that work without signing in, in case someone else knew the old one.
      </p>
      <form ref={formRef} noValidate className="form" onSubmit={(e) => void submit(e)}>
        <PasswordField
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))}
          error={errors.currentPassword}
        />
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))}
          error={errors.newPassword}
          hint={PASSWORD_HINT}
        />
        <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Changing…">
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
