import { useId } from 'react';

interface RatingFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  name?: string;
  hint?: string;
  /** Words under the two ends of the scale. */
  low?: string;
  high?: string;
  error?: string | undefined;
}

/** A 0–10 rating as a native slider: keyboard, touch and screen readers all work without extra code. */
export function RatingField({ label, value, onChange, name, hint, low = 'none', high = 'as strong as it gets', error }: RatingFieldProps) {
  const id = `r${useId().replace(/:/g, '')}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field rating field-has-error' : 'field rating'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="rating-row">
        <input
          id={id}
          name={name}
          type="range"
          min={0}
          max={10}
          step={1}
          className="rating-range"
          value={value}
          aria-valuetext={`${value} out of 10`}
          aria-describedby={describedBy}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} className="rating-output" aria-hidden="true">
          {value}
        </output>
      </div>
      <div className="rating-scale" aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
