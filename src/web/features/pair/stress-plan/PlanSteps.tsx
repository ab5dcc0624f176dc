import { useTranslation } from '../../../i18n/i18n.js';
import type { StressPlanStep } from '../../../../contracts/pair/stress-plan.js';

/** The plan as read in a hard moment: large, plain, one step at a time. */
export function PlanSteps({ steps, partner }: { steps: StressPlanStep[]; partner?: string }) {
  const { t } = useTranslation('safety');
  return (
    <ol className="plan-steps">
      {steps.map((s, i) => (
        <li key={i} className="plan-step">
          <p>
            <span className="plan-step-lead">{t('stressPlan.notice')}</span> {s.notice}
          </p>
          <p>
            <span className="plan-step-lead">{t('stressPlan.will')}</span> {s.will}
          </p>
          {s.help ? (
            <p>
              <span className="plan-step-lead">{partner ? t('stressPlan.partnerHelps', { partner }) : t('stressPlan.youHelp')}</span>{' '}
              {s.help}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
