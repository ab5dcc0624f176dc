import type { StressPlanStep } from '../../../contracts/stress-plan.js';

/** The plan as read in a hard moment: large, plain, one step at a time. */
export function PlanSteps({ steps, partner }: { steps: StressPlanStep[]; partner?: string }) {
  return (
    <ol className="plan-steps">
      {steps.map((s, i) => (
        <li key={i} className="plan-step">
          <p>
            <span className="plan-step-lead">If I notice</span> {s.notice}
          </p>
          <p>
            <span className="plan-step-lead">I will</span> {s.will}
          </p>
          {s.help ? (
            <p>
              <span className="plan-step-lead">{partner ? `${partner} can help by` : 'You can help by'}</span> {s.help}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
