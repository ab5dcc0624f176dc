import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { REAUTH_REQUIRED, ReauthBody } from '../../contracts/account/auth.js';
import { isProblemOf } from '../api/client.js';
import { call } from '../api/call.js';
import { usePasskeyCheck } from '../auth/usePasskeyCheck.js';
import { FormShell } from '../forms/FormShell.js';
import { useSteadyAction } from '../forms/useSteadyAction.js';
import { useSteadyForm } from '../forms/useSteadyForm.js';
import { useTranslation } from '../i18n/i18n.js';
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
  const { t } = useTranslation('shared');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const passkey = usePasskeyCheck('startPasskeyReauth', open);
  const form = useSteadyForm({
    schema: ReauthBody,
    defaultValues: { password: '' },
    invalidMessage: null,
    onSubmit: async (body) => {
      await call('reauthenticate', { body });
      form.reset({ password: '' });
      onConfirmed();
    },
  });
  const action = useSteadyAction(
    async () => {
      form.clearErrors();
      const assertion = await passkey.sign();
      if (!assertion) {
        form.setNotice({ text: t('confirmItsYou.passkeyNotUsed'), tone: 'error' });
        return;
      }
      await call('reauthenticate', { body: { passkey: assertion } });
      onConfirmed();
    },
    { say: form.setNotice },
  );
  const { reset, setNotice } = form;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      reset({ password: '' });
      setNotice(null);
      dialog.showModal();
      passwordRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    // Only opening and closing matter here; the form's functions are the same from render to render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // A wrong password is said under the field: the sentence above it would only repeat it.
  const notice = form.errors.password ? null : form.notice;

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
        {t('confirmItsYou.title')}
      </h2>
      <FormShell form={form} className="form">
        <p id={bodyId} className="dialog-body">
          {reason}
          {passkey.available ? ` ${t('confirmItsYou.passkeyToo')}` : null}
        </p>
        {passkey.available ? (
          <div className="actions">
            <PasskeyButton busy={action.busy} onUse={() => action.start()} />
          </div>
        ) : null}
        <PasswordField
          ref={passwordRef}
          label={t('confirmItsYou.password')}
          name="password"
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.set({ password: e.target.value })}
          error={form.errors.password}
        />
        <FormMessage message={notice?.text ?? null} tone="error" />
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('form.checking')}>
            {t('form.continue')}
          </Button>
        </div>
      </FormShell>
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
      if (isProblemOf(err, REAUTH_REQUIRED) && err.status === 403) {
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
