import { useId } from 'react';
import { Link } from 'react-router';
import { hasPlan, usePlanState, visibleSteps } from './planSync.js';
import { SafetyPlanView } from './SafetyPlanView.js';

/**
 * The person's own safety plan where help is shown (SOS, the crisis panel), read from the device
 * copy so it is there with no signal. With no plan: one gentle offer to make one, never a task.
 * Signed out with no copy on the device, there is nothing to show and nothing is offered.
 */
export function OwnSafetyPlan({
  signedIn,
  userId,
  headingLevel = 2,
  compact = false,
}: {
  signedIn: boolean;
  userId: string | null;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const { ready, copy } = usePlanState();
  const headingId = useId();
  // SOS links to it by anchor; inside the crisis panel it is one part of the panel.
  const anchor = compact ? undefined : 'safety-plan';
  // Offline after a reload nobody is known yet: the copy on this device is the one signed in here last.
  const mine = copy && (!userId || copy.userId === userId) ? copy : null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!ready) return null;
  const steps = visibleSteps(mine);
  if (steps && hasPlan(mine)) {
    return (
      <section className={compact ? 'safety-plan-here' : 'card safety-plan-here'} aria-labelledby={headingId} id={anchor}>
        <Heading id={headingId}>Your safety plan</Heading>
        <p>What you wrote for a moment like this. Start anywhere; one step is enough.</p>
        <SafetyPlanView steps={steps} headingLevel={headingLevel === 2 ? 3 : 4} />
        {signedIn ? (
          <p>
            <Link to="/safety-plan">Open or change your plan</Link>
          </p>
        ) : null}
      </section>
    );
  }
  if (!signedIn) return null;
  return (
    <section className={compact ? 'safety-plan-here' : 'card safety-plan-here'} aria-labelledby={headingId} id={anchor}>
      <Heading id={headingId}>A plan of your own, if you’d like one</Heading>
      <p>
        On a calmer day you can write down what helps you in the hardest moments: your warning signs, what calms you, who you can call, and
        what matters to you. It stays private and waits here for when you need it.
      </p>
      <p>
        <Link to="/safety-plan">Make a safety plan</Link>
      </p>
    </section>
  );
}
