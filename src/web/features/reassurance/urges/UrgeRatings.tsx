import { RatingField } from '../../../components/RatingField.js';
import { useTranslation } from '../../../i18n/i18n.js';
import type { FieldErrors } from '../../../lib/validate.js';
import { TriggerPicker } from './TriggerPicker.js';

/** A 0–10 answer; 'skipped' when the person chose not to rate; null while not answered either way. */
export type UrgeRating = number | 'skipped' | null;

export interface UrgeRatingValues {
  intensity: UrgeRating;
  anxietyBefore: UrgeRating;
  triggers: string[];
  /** What is typed in the "add your own trigger" box, kept so a save includes it. */
  typed: string;
}

/** The schema's word for a rating neither moved nor skipped; the form shows the catalog's `ratings.unset` for it. */
export const RATING_UNSET = 'rating-unset';

/** What is sent: a number, or null for a skipped rating (never a number nobody chose). */
export const sentRating = (r: UrgeRating): number | null => (typeof r === 'number' ? r : null);

/**
 * How strong, how anxious, what set it off: the heart of an urge, asked the same way when it is
 * logged ("now") and when it is looked back on and corrected ("then").
 */
export function UrgeRatings({
  values,
  update,
  suggestions,
  errors,
  tense,
}: {
  values: UrgeRatingValues;
  update: (patch: Partial<UrgeRatingValues>) => void;
  suggestions: string[] | null;
  errors: FieldErrors;
  tense: 'now' | 'then';
}) {
  const { t } = useTranslation('urges');
  return (
    <>
      <RatingField
        label={tense === 'now' ? t('ratings.strongNow') : t('ratings.strongThen')}
        name="intensity"
        value={typeof values.intensity === 'number' ? values.intensity : null}
        skipped={values.intensity === 'skipped'}
        onChange={(intensity) => update({ intensity })}
        low={t('ratings.barely')}
        high={t('ratings.overwhelming')}
        error={errors.intensity}
      />
      <RatingField
        label={tense === 'now' ? t('ratings.anxiousNow') : t('ratings.anxiousThen')}
        name="anxietyBefore"
        value={typeof values.anxietyBefore === 'number' ? values.anxietyBefore : null}
        skipped={values.anxietyBefore === 'skipped'}
        onChange={(anxietyBefore) => update({ anxietyBefore })}
        low={t('ratings.calm')}
        high={t('ratings.overwhelming')}
        error={errors.anxietyBefore}
      />
      {values.intensity === null || values.anxietyBefore === null ? (
        // One skip for the ratings not yet moved: a rating is a choice, and so is leaving it out,
        // while logging stays three taps (open, skip, what you're doing with it).
        <div className="rating-skip-all">
          <button
            type="button"
            className="button button-quiet rating-skip"
            onClick={() =>
              update({
                ...(values.intensity === null && { intensity: 'skipped' as const }),
                ...(values.anxietyBefore === null && { anxietyBefore: 'skipped' as const }),
              })
            }
          >
            {values.intensity === null && values.anxietyBefore === null ? t('ratings.skipBoth') : t('ratings.skipOther')}
          </button>
        </div>
      ) : null}
      <TriggerPicker
        suggestions={suggestions}
        selected={values.triggers}
        onChange={(triggers) => update({ triggers })}
        typed={values.typed}
        onTyped={(typed) => update({ typed })}
        error={errors.triggers}
      />
    </>
  );
}
