import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ResetPasswordBody } from '../../../contracts/recovery.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { PASSWORD_HINT } from '../auth/passwordHint.js';

const ORDER = ['newPassword', 'repeat'] as const;

/** The token travels after `#`, which the browser never sends anywhere; read once, then taken out of the address. */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export function ResetPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [token] = useState(tokenFromFragment);
  const [values, setValues] = useState({ newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Out of the address bar and history, so the link is not left behind on a shared device.
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ResetPasswordBody, { token, newPassword: values.newPassword });
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!found.newPassword && values.repeat !== values.newPassword) found.repeat = 'These two are not the same yet';
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, found);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      const res = await call('resetPassword', { body: { token, newPassword: values.newPassword } });
      signIn(res);
      void navigate('/home', { replace: true });
    } catch (err) {
      setBusy(false);
      if (!(err instanceof ApiError)) throw err;
      if (err.fieldErrors.token) setStale(true);
      else {
        setErrors(err.fieldErrors);
        setMessage(err.friendly);
        focusFirstError(formRef.current, ORDER, err.fieldErrors);
      }
    }
  }

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
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="reset-message">
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))}
          error={errors.newPassword}
          hint={PASSWORD_HINT}
        />
        <PasswordField
          label="The same password again"
          name="repeat"
          autoComplete="new-password"
          value={values.repeat}
          onChange={(e) => setValues((v) => ({ ...v, repeat: e.target.value }))}
          error={errors.repeat}
        />
        <FormMessage id="reset-message" message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save and sign in
          </Button>
        </div>
      </form>
    </Page>
  );
}
