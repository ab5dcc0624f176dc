import { RatingField } from '../../../components/RatingField.js';
import { useTranslation } from '../../../i18n/i18n.js';

/** What someone wrote, prompt by prompt, as they read the prompts. */
export function Answers({ answers, label }: { answers: ReadonlyArray<{ prompt: string; text: string }>; label: string }) {
  return (
    <div className="review-answers">
      <h3>{label}</h3>
      <dl>
        {answers.map((a, i) => (
          <div key={i}>
            <dt>{a.prompt}</dt>
            <dd>{a.text || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The two private weekly ratings, worded for the pair's review or for someone on their own. */
export function WeeklyChecksFields(props: {
  hint: string;
  secureLabel: string;
  drained: number;
  secure: number;
  onChange: (change: { drained?: number; secure?: number }) => void;
}) {
  const { t } = useTranslation('reviews');
  return (
    <fieldset className="review-checks">
      <legend>{t('checks.legend')}</legend>
      <p className="field-hint">{props.hint}</p>
      <RatingField
        label={t('checks.drained')}
        value={props.drained}
        onChange={(n) => props.onChange({ drained: n })}
        name="drained"
        low={t('checks.low')}
        high={t('checks.high')}
      />
      <RatingField
        label={props.secureLabel}
        value={props.secure}
        onChange={(n) => props.onChange({ secure: n })}
        name="secure"
        low={t('checks.low')}
        high={t('checks.high')}
      />
    </fieldset>
  );
}
