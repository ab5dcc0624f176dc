import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';
import { validate, type FieldErrors } from '../lib/validate.js';
import { Button } from './Button.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { PasswordField } from './Field.js';
import { FormMessage } from './FormMessage.js';

interface PasswordConfirmProps {
  /** The contract schema of the body, `{ password }`. */
  schema: z.ZodType;
  submitLabel: string;
  dialog: { title: string; confirmLabel: string; cancelLabel: string; body: ReactNode };
  /** Does the deed; a problem it throws is shown beside the password. */
  action: (password: string) => Promise<void>;
}

/**
 * A grave, one-way step (deleting an account, unlinking): the password first, then a dialog that
 * says plainly what happens, with focus on the safe choice.
 */
export function PasswordConfirm({ schema, submitLabel, dialog, action }: PasswordConfirmProps) {
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  function ask(e: FormEvent) {
    e.preventDefault();
    const checked = validate(schema, { password });
    if (!checked.ok) {
      setErrors(checked.errors);
      passwordRef.current?.focus();
      return;
    }
    setErrors({});
    setMessage(null);
    setConfirming(true);
  }

  async function confirm() {
    setBusy(true);
    try {
      await action(password);
      setBusy(false);
      setConfirming(false);
    } catch (err) {
      setBusy(false);
      setConfirming(false);
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
      requestAnimationFrame(() => passwordRef.current?.focus());
    }
  }

  return (
    <>
      <form noValidate className="form" onSubmit={ask}>
        <PasswordField
          ref={passwordRef}
          label="Your password, to confirm it’s you"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <FormMessage message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="danger">
            {submitLabel}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={dialog.title}
        confirmLabel={dialog.confirmLabel}
        cancelLabel={dialog.cancelLabel}
        tone="danger"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
      >
        {dialog.body}
      </ConfirmDialog>
    </>
  );
}
