import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SignupBody } from '../../../contracts/auth.js';
import type { SignupPending } from '../../../contracts/signup.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';
import { useSession } from '../../auth/session.js';
import { finishPendingLogout } from '../../auth/pendingLogout.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordField, SelectField, TextField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { defaultRegion, regionOptions } from '../../lib/regions.js';
import { defaultTimeZone, timeZoneLabel, timeZoneOptions } from '../../lib/timeZones.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { PASSWORD_HINT } from './passwordHint.js';

const ORDER = ['displayName', 'email', 'password', 'timeZone', 'region'] as const;

export function SignupPage() {
  const { signIn } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => ({
    displayName: '',
    email: '',
    password: '',
    timeZone: defaultTimeZone(),
    region: defaultRegion(),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<SignupPending | null>(null);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const regions = useMemo(() => regionOptions(), []);

  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(SignupBody, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage('A few details need another look.');
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      // An offline log-out on this browser is finished first, so its session is not left behind.
      await finishPendingLogout();
      // The raw values go to the server, which parses them with the very same schema.
      const res = await call('signup', { body: values });
      // A server that sends mail answers every address alike and lets the mailbox decide.
      if ('user' in res) signIn(res);
      else {
        setBusy(false);
        setPending(res);
      }
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors);
        setMessage(err.friendly);
        focusFirstError(formRef.current, ORDER, err.fieldErrors);
      } else throw err;
    }
  }

  if (pending) {
    return (
      <Page title="Create your space" heading="Check your inbox" className="narrow">
        <p role="status">{pending.message}</p>
        <p>The link works for a day. When you open it, type the password you just chose, and your space is ready.</p>
        <p className="aside">
          Nothing arrived?{' '}
          <Link to="/signup" onClick={() => setPending(null)}>
            Try again
          </Link>{' '}
          · <Link to="/login">Log in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Create your space" className="narrow" lead="It takes a minute. Only you will see what you write here.">
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} className="form" aria-describedby="signup-message">
        <TextField
          label="What should we call you?"
          name="displayName"
          autoComplete="nickname"
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
          hint="A first name or nickname is plenty."
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          hint={PASSWORD_HINT}
        />
        <SelectField
          label="Time zone"
          name="timeZone"
          value={values.timeZone}
          onChange={set('timeZone')}
          error={errors.timeZone}
          hint="So dates and check-in times match your day."
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {timeZoneLabel(z)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Country or region"
          name="region"
          value={values.region}
          onChange={set('region')}
          error={errors.region}
          hint="Used only to show support lines that work where you are."
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <FormMessage id="signup-message" message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Creating your space…">
            Create my space
          </Button>
        </div>
      </form>
      <p className="aside">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </Page>
  );
}
