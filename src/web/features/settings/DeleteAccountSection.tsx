import { useRef, useState, type FormEvent } from 'react';
import { DeleteMeBody } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { PasswordField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { settingsApi } from './api.js';

export function DeleteAccountSection() {
  const { forgetDeleted } = useSession();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  function ask(e: FormEvent) {
    e.preventDefault();
    const checked = validate(DeleteMeBody, { password });
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
      await settingsApi.deleteAccount(password);
      // Nothing of theirs remains on the server; forget this device's copy of the session too.
      forgetDeleted();
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
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        This permanently deletes your account and everything in it: every journal entry, your profile and all your sessions. It can’t be
        undone, and nobody can bring it back, including the people who run this Steady.
      </p>
      <p>If you’d like to keep a copy, download your data first.</p>
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
            Delete my account…
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Delete everything for good?"
        confirmLabel="Yes, delete everything"
        cancelLabel="Keep my account"
        tone="danger"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
      >
        <p>Your account and every entry will be gone for good. You’ll be taken back to the start.</p>
      </ConfirmDialog>
    </section>
  );
}
