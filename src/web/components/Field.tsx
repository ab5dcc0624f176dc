import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from '../i18n/i18n.js';

interface A11yProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
  /** Use a stable id when a test or a link needs to reach the control. */
  id?: string;
  children: (a11y: A11yProps) => ReactNode;
}

/** Label, hint and error wired to one control, so a screen reader reads all three together. */
export function Field({ label, hint, error, optional, className, id: givenId, children }: FieldProps) {
  const { t } = useTranslation();
  const autoId = useId();
  const id = givenId ?? `f${autoId.replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional ? <span className="field-optional">{t('field.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, ...(describedBy && { 'aria-describedby': describedBy }), ...(error && { 'aria-invalid': true as const }) })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'>;
type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, hint, error, optional, className, id, ...input }: Common & InputProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className} id={id}>
      {(a11y) => <input className="input" {...input} {...a11y} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  optional,
  className,
  id,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className} id={id}>
      {(a11y) => <textarea className="input textarea" {...area} {...a11y} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  className,
  id,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className} id={id}>
      {(a11y) => (
        <select className="input select" {...select} {...a11y}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** A password input with a show/hide toggle; the toggle never submits the form. */
export function PasswordField({ label, hint, error, className, id, ...input }: Common & InputProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Field label={label} hint={hint} error={error} className={className} id={id}>
      {(a11y) => (
        <div className="password-row">
          <input className="input" {...input} {...a11y} type={shown ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
          <button
            type="button"
            className="button button-quiet password-toggle"
            aria-pressed={shown}
            aria-controls={a11y.id}
            onClick={() => setShown((s) => !s)}
          >
            {shown ? t('field.hide') : t('field.show')}
            <span className="visually-hidden">{t('field.password')}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
