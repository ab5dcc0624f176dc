import { useEffect, useRef, useState, type FormEvent } from 'react';
import { APP_LOCK_IDLE_CHOICES, SetAppLockBody, type AppLockState } from '../../../contracts/app-lock.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { PasswordField, SelectField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { appLockApi, IDLE_WORDS } from '../app-lock/api.js';
import { rememberLockSetting } from '../app-lock/deviceLock.js';

const ORDER = ['pin', 'idleMinutes'] as const;

/** An optional PIN that hides Steady on a shared phone or laptop after a quiet spell (issue 14.8). */
export function AppLockSection() {
  const formRef = useRef<HTMLFormElement>(null);
  const [current, setCurrent] = useState<AppLockState | null>(null);
  const [pin, setPin] = useState('');
  const [idleMinutes, setIdle] = useState<number>(5);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    appLockApi
      .get(controller.signal)
      .then((s) => {
        setCurrent(s);
        if (s.idleMinutes !== null) setIdle(s.idleMinutes);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  function kept(s: AppLockState, text: string) {
    setCurrent(s);
    rememberLockSetting(s.enabled ? s.idleMinutes : null);
    setPin('');
    setMessage({ text, tone: 'success' });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(SetAppLockBody, { pin, idleMinutes });
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      kept(await appLockApi.set(checked.data), 'The lock is on. Steady will ask for your PIN after the time you chose.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    try {
      kept(await appLockApi.remove(), 'The lock is off.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const on = current?.enabled === true;
  return (
    <section className="card" aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">Lock Steady on this device</h2>
      <p>
        If someone else uses this phone or computer, a PIN keeps your space to yourself. When it locks, only the lock screen and the help
        lines show, and your PIN opens it again (so does a passkey, if you have one).{' '}
        {on ? `It is on: ${IDLE_WORDS[current.idleMinutes ?? 5]?.toLowerCase()}.` : 'It is off.'}
      </p>
      <form ref={formRef} noValidate className="form" onSubmit={(e) => void submit(e)}>
        <PasswordField
          label={on ? 'New PIN' : 'PIN'}
          name="pin"
          autoComplete="new-password"
          hint="4 to 8 digits, or a phrase of 6 or more characters. Not your password."
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          error={errors.pin}
        />
        <SelectField
          label="Lock"
          name="idleMinutes"
          value={idleMinutes}
          onChange={(e) => setIdle(Number(e.target.value))}
          error={errors.idleMinutes}
        >
          {APP_LOCK_IDLE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {IDLE_WORDS[n]}
            </option>
          ))}
        </SelectField>
        <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            {on ? 'Change the lock' : 'Turn the lock on'}
          </Button>
          {on ? (
            <Button variant="quiet" disabled={busy} onClick={() => void turnOff()}>
              Turn the lock off
            </Button>
          ) : null}
        </div>
      </form>
      <p className="muted">
        In a hurry? “Quick exit” (“Exit” on a phone) or pressing Escape three times swaps Steady for a plain page straight away.
      </p>
    </section>
  );
}
