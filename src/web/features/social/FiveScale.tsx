import { useId } from 'react';
import { useTranslation } from '../../i18n/i18n.js';

/** A 1–5 choice as real radio buttons, with words at both ends. */
export function FiveScale({
  label,
  name,
  value,
  onChange,
  low,
  high,
  error,
}: {
  label: string;
  name: string;
  value: number;
  onChange: (n: number) => void;
  low: string;
  high: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation('social');
  const id = useId();
  return (
    <fieldset className={error ? 'field five-scale field-has-error' : 'field five-scale'} aria-describedby={`${id}-ends`}>
      <legend className="field-label">{label}</legend>
      <p id={`${id}-ends`} className="field-hint">
        {t('scale.ends', { low, high })}
      </p>
      <div className="choice-row">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="choice">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            {n}
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
