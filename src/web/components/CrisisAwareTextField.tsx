import { useEffect, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from '../i18n/i18n.js';
import { useCrisisWatch } from '../safety/useCrisisWatch.js';
import { CrisisPanel, type CrisisPanelPlace } from './CrisisPanel.js';
import { Field } from './Field.js';

interface CrisisSupportProps {
  /** Everything written so far that the support is for. */
  text: string;
  region: string;
  where?: CrisisPanelPlace | undefined;
  /** The server's verdict on what was saved, when it saw something the browser did not. */
  flagged?: boolean | undefined;
  /** Told once, when the support first shows (an urge remembers it for its pause). */
  onCrisis?: (() => void) | undefined;
}

/**
 * The announcement and the crisis panel, below words a person wrote. The live region is always
 * there, empty until needed, because screen readers announce only changes to a region that
 * already existed; the panel then stays for the visit (see useCrisisWatch).
 */
export function CrisisSupport({ text, region, where, flagged = false, onCrisis }: CrisisSupportProps) {
  const { t } = useTranslation('shared');
  const crisis = useCrisisWatch(text) || flagged;
  useEffect(() => {
    if (crisis) onCrisis?.();
  }, [crisis, onCrisis]);
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {crisis ? t('crisisAnnounce') : ''}
      </p>
      {crisis ? <CrisisPanel region={region} where={where ?? 'saved'} /> : null}
    </>
  );
}

type Control =
  | ({ multiline?: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'>)
  | ({ multiline: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value'>);

type CrisisAwareTextFieldProps = Control & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
  id?: string;
  value: string;
  region: string;
  /** 'writing' while the words are still a draft (the panel says so), else 'saved'. */
  where?: CrisisPanelPlace;
  /** Words in the form's other boxes, checked with these; the support shows once, below this field. */
  alsoWatch?: string;
  flagged?: boolean;
  onCrisis?: () => void;
  /** Shown between the box and the support (a count of characters left). */
  below?: ReactNode;
  /** The box's own class, when it is not the usual size. */
  controlClassName?: string;
};

/**
 * A text box whose words are checked for crisis language in the browser as they are written,
 * with the support shown right below it: every form that takes free text uses this one, so the
 * wording, the live region and the panel are the same everywhere.
 */
export function CrisisAwareTextField(props: CrisisAwareTextFieldProps) {
  const { label, hint, error, optional, className, id, region, where, alsoWatch, flagged, onCrisis, below, controlClassName, ...control } =
    props;
  const text = alsoWatch ? `${alsoWatch}\n${control.value}` : control.value;
  return (
    <>
      <Field label={label} hint={hint} error={error} optional={optional ?? false} className={className} id={id}>
        {(a11y) => {
          if (control.multiline === false) {
            const { multiline: _input, ...input } = control;
            return <input className={controlClassName ?? 'input'} {...input} {...a11y} />;
          }
          const { multiline: _area, ...area } = control;
          return <textarea className={controlClassName ?? 'input textarea'} rows={3} {...area} {...a11y} />;
        }}
      </Field>
      {below}
      <CrisisSupport text={text} region={region} where={where} flagged={flagged} onCrisis={onCrisis} />
    </>
  );
}
