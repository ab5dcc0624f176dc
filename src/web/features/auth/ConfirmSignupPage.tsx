import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmSignupBody } from '../../../contracts/signup.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { useLinkToken } from '../../lib/linkToken.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';

const ORDER = ['password'] as const;

/** Where the sign-up mail's link lands: the password chosen at sign-up makes the account. */
export function ConfirmSignupPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ConfirmSignupBody, { token, password });
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
      signIn(await call('confirmSignup', { body: { token, password } }));
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
      <Page title="Finish creating your space" heading="This link no longer works" className="narrow">
        <p>{token ? 'It was used already, or more than a day has passed.' : 'This page opens from the link in your message.'}</p>
        <p>You can sign up again for a fresh link, or log in if your space is ready.</p>
        <p className="aside">
          <Link to="/signup">Sign up again</Link> · <Link to="/login">Log in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Finish creating your space" heading="Finish creating your space" className="narrow">
      <p>One last step: type the password you chose when you signed up.</p>
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="confirm-message">
        <PasswordField
          label="Your password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <FormMessage id="confirm-message" message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Creating your space…">
            Create my space
          </Button>
        </div>
      </form>
    </Page>
  );
}
