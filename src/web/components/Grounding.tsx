import { useState } from 'react';
import { useTranslation } from '../i18n/i18n.js';
import { Button } from './Button.js';

// 5-4-3-2-1 grounding: each sense in turn pulls attention back into the room, away from the spiral.
const STEPS = [
  { count: 5, key: 'see' },
  { count: 4, key: 'feel' },
  { count: 3, key: 'hear' },
  { count: 2, key: 'smell' },
  { count: 1, key: 'taste' },
] as const;

/** Step by step through the senses. `onFinish` runs when the last step is done (the toolkit then asks how it went). */
export function Grounding({ onFinish, autoStart = false }: { onFinish?: () => void; autoStart?: boolean } = {}) {
  const { t } = useTranslation('safety');
  // -1: not started; 0–4: a step; 5: finished.
  const [step, setStep] = useState(autoStart ? 0 : -1);
  const current = step >= 0 && step < STEPS.length ? STEPS[step] : undefined;

  return (
    <div className="grounding">
      <div className="grounding-step" aria-live="polite" aria-atomic="true">
        {step === -1 ? <p>{t('grounding.intro')}</p> : null}
        {current ? (
          <>
            <p className="grounding-progress">{t('grounding.progress', { step: step + 1, total: STEPS.length })}</p>
            <h3 className="grounding-title">
              <span className="grounding-count">{current.count}</span> {t(`grounding.${current.key}.sense`)}
            </h3>
            <p>{t(`grounding.${current.key}.text`)}</p>
          </>
        ) : null}
        {step === STEPS.length ? (
          <>
            <h3 className="grounding-title">{t('grounding.doneHeading')}</h3>
            <p>{t('grounding.done')}</p>
          </>
        ) : null}
      </div>
      <div className="actions">
        {/* One button that changes its words, so keyboard focus stays put from start to finish. */}
        <Button
          variant="primary"
          onClick={() => {
            const next = step >= STEPS.length ? 0 : step + 1;
            setStep(next);
            if (next === STEPS.length) onFinish?.();
          }}
        >
          {step === -1
            ? t('grounding.start')
            : step < STEPS.length - 1
              ? t('grounding.next')
              : step === STEPS.length - 1
                ? t('grounding.finish')
                : t('grounding.again')}
        </Button>
        {step > 0 && step < STEPS.length ? (
          <Button variant="quiet" onClick={() => setStep((s) => s - 1)}>
            {t('grounding.back')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
