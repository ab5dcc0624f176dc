import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetBody } from '../../../contracts/recovery.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { TextField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';

const ORDER = ['email'] as const;

/** Asks for a reset link. The server answers the same for every email, and so does this page. */
export function ForgotPage() {
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(RequestPasswordResetBody, { email });
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      const res = await call('requestPasswordReset', { body: { email } });
      setMessage({ text: res.message, tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Forgot your password?" heading="Choose a new password" className="narrow">
      <p>Everything you wrote stays safe. Enter the email you use here, and we will send you a link to choose a new password.</p>
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="forgot-message">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <FormMessage id="forgot-message" message={message?.text ?? null} tone={message?.tone ?? 'info'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Sending…">
            Send me a link
          </Button>
        </div>
      </form>
      <p className="aside">
        Remembered it? <Link to="/login">Log in</Link>
      </p>
    </Page>
  );
}
