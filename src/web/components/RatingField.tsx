import { useId } from 'react';
import { useTranslation } from '../i18n/i18n.js';

interface RatingFieldProps {
  label: string;
  /** null until the person moves the slider: an untouched slider is no answer, not a 5. */
  value: number | null;
  onChange: (value: number) => void;
  /** Offers "Skip the rating"; a skipped rating is never stored as a number. */
  onSkip?: () => void;
  /**
   * The person chose not to rate (where skipping is an answer kept beside the others, as on the
   * urge log): the slider shows no number and says so; moving it rates after all.
   */
  skipped?: boolean;
  name?: string;
  hint?: string;
  /** Words under the two ends of the scale. */
  low?: string;
  high?: string;
  error?: string | undefined;
}

/** "0 · none": the number and the words under one end of the scale, the same in every language. */
const scaleEnd = (n: number, words: string) => `${n} · ${words}`;

/**
 * A 0–10 rating as a native slider: keyboard, touch and screen readers all work without extra code.
 * A range input always has a position, so "not chosen yet" is carried beside it and shown instead.
 */
export function RatingField({ label, value, onChange, onSkip, skipped = false, name, hint, low, high, error }: RatingFieldProps) {
  const { t } = useTranslation('shared');
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
          className={value === null ? 'rating-range rating-unset' : 'rating-range'}
          value={value ?? 5}
          aria-valuetext={value !== null ? t('rating.value', { value }) : skipped ? t('rating.skippedValue') : t('rating.unset')}
          aria-describedby={describedBy}
          onChange={(e) => onChange(Number(e.target.value))}
          // A tap on the middle changes nothing, so no change event: the tap itself is the answer.
          onPointerUp={(e) => onChange(Number(e.currentTarget.value))}
        />
        <output htmlFor={id} className="rating-output" aria-hidden="true">
          {value ?? '–'}
        </output>
      </div>
      <div className="rating-scale" aria-hidden="true">
        <span>{scaleEnd(0, low ?? t('rating.low'))}</span>
        <span>{scaleEnd(10, high ?? t('rating.high'))}</span>
      </div>
      {skipped && value === null ? (
        <p className="field-hint rating-skipped">{t('rating.skipped')}</p>
      ) : onSkip ? (
        <button type="button" className="button button-quiet rating-skip" onClick={onSkip}>
          {t('rating.skip')}
        </button>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
