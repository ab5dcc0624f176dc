import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { REAUTH_REQUIRED, ReauthBody } from '../../contracts/auth.js';
import { ApiError } from '../api/client.js';
import { call } from '../api/call.js';
import { usePasskeyCheck } from '../auth/usePasskeyCheck.js';
import { validate, type FieldErrors } from '../lib/validate.js';
import { Button } from './Button.js';
import { PasswordField } from './Field.js';
import { FormMessage } from './FormMessage.js';
import { PasskeyButton } from './PasskeyButton.js';

interface ConfirmItsYouProps {
  open: boolean;
  /** Says why the password is asked for, in a few words. */
  reason: string;
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * A small native <dialog> that asks for the password once more (`reauthenticate`), or the
 * person's passkey when they have one, for steps that need the person to be here right now, such
 * as downloading everything. A second factor's code can join the password here later.
 */
export function ConfirmItsYou({ open, reason, onConfirmed, onCancel }: ConfirmItsYouProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'password' | 'passkey' | null>(null);
  const passkey = usePasskeyCheck('startPasskeyReauth', open);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setPassword('');
      setErrors({});
      setMessage(null);
      dialog.showModal();
      passwordRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ReauthBody, { password });
    if (!checked.ok) {
      setErrors(checked.errors);
      passwordRef.current?.focus();
      return;
    }
    setBusy('password');
    try {
      await confirm({ password });
    } finally {
      setBusy(null);
    }
  }

  async function confirm(body: ReauthBody) {
    try {
      await call('reauthenticate', { body });
      setPassword('');
      onConfirmed();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.fieldErrors.password ? null : err.friendly);
      passwordRef.current?.focus();
    }
  }

  async function confirmWithPasskey() {
    setBusy('passkey');
    setErrors({});
    setMessage(null);
    try {
      const assertion = await passkey.sign();
      if (assertion) await confirm({ passkey: assertion });
      else setMessage('The passkey was not used. You can try again, or enter your password.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
    } finally {
      setBusy(null);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        Confirm it’s you
      </h2>
      <form noValidate className="form" onSubmit={(e) => void submit(e)}>
        <p id={bodyId} className="dialog-body">
          {reason}
          {passkey.available ? ' Your passkey works too.' : null}
        </p>
        {passkey.available ? (
          <div className="actions">
            <PasskeyButton busy={busy === 'passkey'} onUse={confirmWithPasskey} />
          </div>
        ) : null}
        <PasswordField
          ref={passwordRef}
          label="Your password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <FormMessage message={message} tone="error" />
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy === 'password'} busyLabel="Checking…">
            Continue
          </Button>
        </div>
      </form>
    </dialog>
  );
}

/**
 * Runs a step; when the server answers that it needs the person to confirm it is them, asks for
 * the password in the dialog and runs the step again. Render `dialog` once beside the button.
 */
export function useConfirmItsYou(
  reason: string,
  /** For a problem the step meets when it is tried again after the password. */
  onRetryError: (err: unknown) => void,
): { guard: (step: () => Promise<void>) => Promise<void>; dialog: ReactNode } {
  const [pending, setPending] = useState<(() => Promise<void>) | null>(null);
  const guard = useCallback(async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (err) {
      if (err instanceof ApiError && err.status === 403 && err.type === REAUTH_REQUIRED) {
        setPending(() => step);
        return;
      }
      throw err;
    }
  }, []);
  const dialog = (
    <ConfirmItsYou
      open={pending !== null}
      reason={reason}
      onCancel={() => setPending(null)}
      onConfirmed={() => {
        const step = pending;
        setPending(null);
        if (step) step().catch(onRetryError);
      }}
    />
  );
  return { guard, dialog };
}
