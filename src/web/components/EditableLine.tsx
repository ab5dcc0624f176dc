import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { useUser } from '../auth/session.js';
import { FormShell } from '../forms/FormShell.js';
import { useSteadyAction } from '../forms/useSteadyAction.js';
import { useSteadyForm } from '../forms/useSteadyForm.js';
import { useTranslation } from '../i18n/i18n.js';
import { Button } from './Button.js';
import { CrisisAwareTextField } from './CrisisAwareTextField.js';
import { CrisisPanel } from './CrisisPanel.js';
import { FormMessage } from './FormMessage.js';

/** Another thing its author can do to the line (e.g. make it private); it answers with what to say. */
export interface LineAction {
  label: string;
  busyLabel: string;
  run: () => Promise<string>;
}

/** The delete beside the line's own actions, told apart from them by name. */
const DELETE = Symbol('delete');

/**
 * One short line a person wrote and can reword or delete in place (a parked topic, a topic kept
 * for the next reflection). Rewording is writing, so the server's verdict on the new words comes
 * back here and the support panel opens beside the line when it is needed; the words are saved
 * as written either way.
 */
export function EditableLine({
  text,
  schema,
  editLabel,
  fieldLabel,
  badge,
  editable = true,
  actions = [],
  save,
  remove,
}: {
  text: string;
  /** The same schema the server checks the new wording with (a body with `text`). */
  schema: z.ZodType;
  editLabel: string;
  fieldLabel: string;
  badge?: ReactNode;
  /** False for someone else's line: it is read, never changed. */
  editable?: boolean;
  actions?: LineAction[];
  /** Saves the new wording; resolves with the verdict on it. */
  save: (text: string) => Promise<{ crisis: boolean }>;
  remove: () => Promise<void>;
}) {
  const { t } = useTranslation('shared');
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const form = useSteadyForm({
    schema,
    defaultValues: { text },
    invalidMessage: null,
    onSubmit: async (body) => {
      const verdict = await save((body as { text: string }).text);
      setCrisis(verdict.crisis);
      setEditing(false);
      form.setNotice({ text: t('form.saved'), tone: 'success' });
    },
  });
  const step = useSteadyAction<LineAction | typeof DELETE>(
    async (which) => {
      if (which === DELETE) await remove();
      else form.setNotice({ text: await which.run(), tone: 'success' });
    },
    { say: form.setNotice },
  );
  // Every button names its line for a screen reader, so a list of "Delete" buttons is not ambiguous.
  const name = <span className="visually-hidden"> “{text}”</span>;
  const notice = form.notice;

  return (
    <li className="pair-topic">
      <span className="pair-topic-text">{text}</span>
      {badge ? <> {badge}</> : null}
      {editable && editing ? (
        <FormShell form={form} className="form">
          <CrisisAwareTextField
            label={fieldLabel}
            name="text"
            rows={2}
            maxLength={1000}
            value={form.values.text}
            onChange={(e) => form.set({ text: e.target.value })}
            error={form.errors.text}
            region={user.region}
            where="writing"
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('form.saving')}>
              {t('form.save')}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setEditing(false);
                form.reset({ text });
              }}
            >
              {t('form.cancel')}
            </Button>
          </div>
        </FormShell>
      ) : null}
      {editable && !editing ? (
        <div className="actions">
          <Button
            variant="quiet"
            onClick={() => {
              form.setNotice(null);
              form.reset({ text });
              setEditing(true);
            }}
          >
            {editLabel}
            {name}
          </Button>
          {actions.map((a) => (
            <Button key={a.label} variant="quiet" busy={step.busyWith === a} busyLabel={a.busyLabel} onClick={() => void step.start(a)}>
              {a.label}
              {name}
            </Button>
          ))}
          <Button variant="quiet" busy={step.busyWith === DELETE} busyLabel={t('form.deleting')} onClick={() => void step.start(DELETE)}>
            {t('form.delete')}
            {name}
          </Button>
        </div>
      ) : null}
      <FormMessage message={notice?.text ?? null} tone={notice?.tone ?? 'success'} />
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </li>
  );
}
