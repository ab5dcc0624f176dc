import { RatingField } from '../../components/RatingField.js';
import type { FieldErrors } from '../../lib/validate.js';
import { TriggerPicker } from './TriggerPicker.js';

export interface UrgeRatingValues {
  intensity: number;
  anxietyBefore: number;
  triggers: string[];
  /** What is typed in the "add your own trigger" box, kept so a save includes it. */
  typed: string;
}

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
  return (
    <>
      <RatingField
        label={tense === 'now' ? 'How strong is the urge?' : 'How strong was the urge?'}
        name="intensity"
        value={values.intensity}
        onChange={(intensity) => update({ intensity })}
        low="barely there"
        high="overwhelming"
        error={errors.intensity}
      />
      <RatingField
        label={tense === 'now' ? 'How anxious do you feel?' : 'How anxious did you feel?'}
        name="anxietyBefore"
        value={values.anxietyBefore}
        onChange={(anxietyBefore) => update({ anxietyBefore })}
        low="calm"
        high="overwhelming"
        error={errors.anxietyBefore}
      />
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
