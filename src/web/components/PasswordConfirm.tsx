import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { FormShell } from '../forms/FormShell.js';
import { useSteadyForm } from '../forms/useSteadyForm.js';
import { useTranslation } from '../i18n/i18n.js';
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

/** The form's own press asks (no step named); the dialog's press does the deed. */
type Step = 'confirm' | undefined;

/**
 * A grave, one-way step (deleting an account, unlinking): the password first, then a dialog that
 * says plainly what happens, with focus on the safe choice.
 */
export function PasswordConfirm({ schema, submitLabel, dialog, action }: PasswordConfirmProps) {
  const { t } = useTranslation('shared');
  const passwordRef = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  // Counts the answers that need the password looked at again (a wrong one, say).
  const [refused, setRefused] = useState(0);
  const form = useSteadyForm<{ password: string }, z.ZodType, Step>({
    schema,
    defaultValues: { password: '' },
    invalidMessage: null,
    onProblem: () => {
      setConfirming(false);
      setRefused((n) => n + 1);
      return false;
    },
    onSubmit: async (body, step) => {
      if (step !== 'confirm') {
        setConfirming(true);
        return;
      }
      await action((body as { password: string }).password);
      setConfirming(false);
    },
  });

  // Closing, the dialog hands focus back to the button that opened it; the password is what to look
  // at. This effect runs after the dialog's own (a child's effects run first), so it has the last
  // word, where a frame's delay could lose the race with React's commit.
  useEffect(() => {
    if (refused > 0) passwordRef.current?.focus();
  }, [refused]);

  return (
    <>
      <FormShell form={form} className="form">
        <PasswordField
          ref={passwordRef}
          label={t('passwordConfirm.password')}
          name="password"
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.set({ password: e.target.value })}
          error={form.errors.password}
        />
        <FormMessage message={form.notice?.text ?? null} tone="error" />
        <div className="actions">
          <Button type="submit" variant="danger">
            {submitLabel}
          </Button>
        </div>
      </FormShell>
      <ConfirmDialog
        open={confirming}
        title={dialog.title}
        confirmLabel={dialog.confirmLabel}
        cancelLabel={dialog.cancelLabel}
        tone="danger"
        busy={form.busyWith === 'confirm'}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void form.submitWith('confirm')}
      >
        {dialog.body}
      </ConfirmDialog>
    </>
  );
}
