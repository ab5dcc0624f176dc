import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ConfirmTotpBody, PasswordBody, type TotpSetup, type TwoStepStatus } from '../../../contracts/two-step.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordConfirm } from '../../components/PasswordConfirm.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { RecoveryCodesView } from './RecoveryCodesView.js';
import { twoStepApi } from './twoStepApi.js';

/** Settings → Two-step sign-in: an authenticator app and the recovery codes behind every second factor. */
export function TwoStepSection({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [status, setStatus] = useState<TwoStepStatus | null>(null);
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setStatus(await twoStepApi.status(signal));
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      if (err instanceof ApiError) setMessage({ text: err.friendly, tone: 'error' });
      else throw err;
    }
  }, []);

  useEffect(() => {
    const ctrl = new AbortController();
    void reload(ctrl.signal);
    return () => ctrl.abort();
  }, [reload, version]);

  async function begin() {
    setBusy(true);
    setMessage(null);
    try {
      setSetup(await twoStepApi.startTotp());
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const hasFactor = status !== null && (status.totp || status.passkeys > 0);

  return (
    <section className="card" aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">Two-step sign-in</h2>
      <p>
        A second step after your password keeps your space yours, even if someone learns the password. It can be a code from an
        authenticator app or a passkey.
      </p>
      {codes ? (
        <RecoveryCodesView
          codes={codes}
          onDone={() => {
            setCodes(null);
            setMessage({ text: 'Two-step sign-in is on.', tone: 'success' });
          }}
        />
      ) : null}
      {status === null ? <p className="muted">Loading…</p> : null}
      {status && !status.totp && !setup && !codes ? (
        <div className="actions">
          <Button variant="primary" busy={busy} busyLabel="Starting…" onClick={() => void begin()}>
            Set up an authenticator app
          </Button>
        </div>
      ) : null}
      {setup ? (
        <TotpConfirm
          setup={setup}
          onCancel={() => setSetup(null)}
          onConfirmed={(recoveryCodes) => {
            setSetup(null);
            if (recoveryCodes) setCodes(recoveryCodes);
            else setMessage({ text: 'The authenticator app is on.', tone: 'success' });
            void reload();
            onChanged();
          }}
        />
      ) : null}
      {status?.totp && !codes ? (
        <>
          <h3>Authenticator app</h3>
          <p>
            <strong>An authenticator app is on.</strong> After your password, Steady asks for the code it shows.
          </p>
          <PasswordConfirm
            schema={PasswordBody}
            submitLabel="Turn off the authenticator app"
            dialog={{
              title: 'Turn off the authenticator app?',
              body: <p>Signing in will no longer ask for its code. You can set it up again at any time.</p>,
              confirmLabel: 'Turn it off',
              cancelLabel: 'Keep it on',
            }}
            action={async (password) => {
              await twoStepApi.disableTotp(password);
              setMessage({ text: 'The authenticator app is off.', tone: 'success' });
              await reload();
              onChanged();
            }}
          />
        </>
      ) : null}
      {hasFactor && !codes ? (
        <>
          <h3>Recovery codes</h3>
          <p>
            {status.recoveryCodesLeft === 1
              ? 'You have 1 unused recovery code.'
              : `You have ${status.recoveryCodesLeft} unused recovery codes.`}{' '}
            New ones replace them all.
          </p>
          <PasswordConfirm
            schema={PasswordBody}
            submitLabel="Make new recovery codes"
            dialog={{
              title: 'Make new recovery codes?',
              body: <p>The codes you have now will stop working, and ten new ones will be shown once.</p>,
              confirmLabel: 'Make new codes',
              cancelLabel: 'Keep the ones I have',
            }}
            action={async (password) => {
              const r = await twoStepApi.regenerateCodes(password);
              if (r.recoveryCodes) setCodes(r.recoveryCodes);
              await reload();
            }}
          />
        </>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}

function TotpConfirm({
  setup,
  onCancel,
  onConfirmed,
}: {
  setup: TotpSetup;
  onCancel: () => void;
  onConfirmed: (codes: string[] | null) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ConfirmTotpBody, { code });
    if (!checked.ok) {
      setErrors(checked.errors);
      inputRef.current?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const r = await twoStepApi.confirmTotp(code);
      onConfirmed(r.recoveryCodes);
    } catch (err) {
      setBusy(false);
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
      inputRef.current?.focus();
    }
  }

  return (
    <form noValidate className="form" onSubmit={(e) => void submit(e)} aria-labelledby="totp-setup-heading">
      <h3 id="totp-setup-heading">Add Steady to your authenticator app</h3>
      <p>Scan this with the app, or type the key into it. Then enter the six-digit code it shows.</p>
      <img className="totp-qr" src={setup.qrCode} alt="QR code for your authenticator app" />
      <p>
        Key: <code className="totp-secret">{setup.secret}</code>
      </p>
      <TextField
        ref={inputRef}
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.code}
      />
      <FormMessage message={message} tone="error" />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Checking…">
          Turn on
        </Button>
        <Button onClick={onCancel}>Not now</Button>
      </div>
    </form>
  );
}
