import { useId } from 'react';
import { useTranslation } from '../../i18n/i18n.js';

const DEFAULT_POSITION = 5;

/**
 * Mood from 0 to 10, or no rating at all (the default: a rating is an offer, not a task).
 * Moving the slider chooses a rating; the checkbox takes it back.
 */
export function MoodField({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (mood: number | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('journal');
  const id = useId();
  const rangeId = `${id}-range`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const rated = value !== null;
  return (
    <fieldset className={rated ? 'field mood' : 'field mood mood-unrated'}>
      <legend className="field-label">
        {t('mood.legend')} <span className="field-optional">{t('mood.optional')}</span>
      </legend>
      <p id={hintId} className="field-hint">
        {t('mood.hint')}
      </p>
      <div className="mood-row">
        <label htmlFor={rangeId} className="visually-hidden">
          {t('mood.label')}
        </label>
        <input
          id={rangeId}
          name="mood"
          type="range"
          min={0}
          max={10}
          step={1}
          className="mood-range"
          value={value ?? DEFAULT_POSITION}
          aria-valuetext={rated ? t('mood.value', { mood: value }) : t('mood.none')}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => onChange(Number(e.target.value))}
          // A click on the thumb where it already rests fires no change event, but still means "this one".
          onClick={(e) => {
            if (!rated) onChange(Number(e.currentTarget.value));
          }}
        />
        <output htmlFor={rangeId} className="mood-output" aria-hidden="true">
          {rated ? value : '–'}
        </output>
      </div>
      <div className="mood-scale" aria-hidden="true">
        <span>0</span>
        <span>10</span>
      </div>
      <label className="check">
        <input type="checkbox" checked={!rated} onChange={(e) => onChange(e.target.checked ? null : DEFAULT_POSITION)} />
        <span>{t('mood.none')}</span>
      </label>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
