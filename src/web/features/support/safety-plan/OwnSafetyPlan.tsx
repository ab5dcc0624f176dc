import { useId } from 'react';
import { useTranslation } from '../../../i18n/i18n.js';
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
  const { t } = useTranslation('safety');
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
        <Heading id={headingId}>{t('ownPlan.heading')}</Heading>
        <p>{t('ownPlan.lead')}</p>
        <SafetyPlanView steps={steps} headingLevel={headingLevel === 2 ? 3 : 4} />
        {signedIn ? (
          <p>
            <Link to="/safety-plan">{t('ownPlan.open')}</Link>
          </p>
        ) : null}
      </section>
    );
  }
  if (!signedIn) return null;
  return (
    <section className={compact ? 'safety-plan-here' : 'card safety-plan-here'} aria-labelledby={headingId} id={anchor}>
      <Heading id={headingId}>{t('ownPlan.offerHeading')}</Heading>
      <p>{t('ownPlan.offer')}</p>
      <p>
        <Link to="/safety-plan">{t('ownPlan.make')}</Link>
      </p>
    </section>
  );
}
