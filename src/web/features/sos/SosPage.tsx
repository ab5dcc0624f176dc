import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { CrisisLines } from '../../components/CrisisLines.js';
import { CrisisRegionOptions } from '../../components/CrisisRegionOptions.js';
import { SelectField } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { defaultRegion, regionName } from '../../lib/regions.js';
import { dialable, emergencyNumbers, useCrisisResources } from '../../safety/useCrisisResources.js';
import { Grounding } from '../../components/Grounding.js';
import { PlanSteps } from '../stress-plan/PlanSteps.js';
import { useAgreedStressPlan } from '../stress-plan/useAgreedStressPlan.js';
import { OwnSafetyPlan } from '../safety-plan/OwnSafetyPlan.js';

export function SosPage() {
  const { user, state } = useSession();
  // Behind the app lock the lines and numbers show, but not the person's own plans: whoever holds
  // the device may not be them (issue 14.8).
  const locked = state.status === 'locked';
  // The person's own region once the session is known (it may still be loading on a fresh page),
  // unless they chose another one here.
  const [chosen, setRegion] = useState<string | null>(null);
  const region = chosen ?? user?.region ?? defaultRegion();
  const { data } = useCrisisResources(region);
  const numbers = emergencyNumbers(data.emergency);
  // Kept on the device too, so it shows here with no connection.
  const plan = useAgreedStressPlan(user?.id ?? null);

  return (
    <Page title="Need help now?" heading="You don’t have to get through this alone" className="sos">
      <p className="page-lead">
        If things feel like too much right now, reaching out is a strong thing to do. These people are there for exactly this.
      </p>

      <section className="card emergency" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">If you are in danger right now</h2>
        {numbers.length ? (
          <>
            <p>Call the emergency number. It’s okay to call even if you aren’t sure it counts as an emergency.</p>
            <div className="actions">
              {numbers.map((n) => (
                <a key={n} className="button button-sos button-large" href={`tel:${dialable(n)}`}>
                  Call {n}
                </a>
              ))}
            </div>
          </>
        ) : (
          <p>
            Call {data.emergency ?? 'your local emergency number'}. It’s okay to call even if you aren’t sure it counts as an emergency.
          </p>
        )}
      </section>

      <section aria-labelledby="lines-heading" className="sos-lines">
        <h2 id="lines-heading">People you can talk to</h2>
        <p>
          Free and confidential. You don’t need the right words; “I’m not okay” is a fine place to start.{' '}
          <span className="muted">Showing lines for {regionName(region)}.</span>
        </p>
        <CrisisLines data={data} />
        <SelectField
          label="Show support lines for"
          name="region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          hint="If you’re somewhere else right now, choose where you are."
          className="sos-region"
        >
          <CrisisRegionOptions />
        </SelectField>
      </section>

      {locked ? (
        <p className="card">Your own safety plan shows here again once Steady is unlocked.</p>
      ) : (
        <OwnSafetyPlan signedIn={Boolean(user)} userId={user?.id ?? null} />
      )}

      <section className="card" aria-labelledby="grounding-heading">
        <h2 id="grounding-heading">
          Come back to the room: <span className="nowrap">5-4-3-2-1</span>
        </h2>
        <p>When thoughts race, your senses can bring you back to the present. One step at a time.</p>
        <Grounding />
      </section>

      {plan ? (
        <section className="card" aria-labelledby="plan-heading" id="stress-plan">
          <h2 id="plan-heading">Your stress plan</h2>
          <p>The steps you and {plan.partner} agreed on a calmer day. One at a time is enough.</p>
          <PlanSteps steps={plan.steps} />
        </section>
      ) : null}

      {user ? (
        <section className="sos-more" aria-label="More">
          <p>
            <Link to="/journal/new">Write down what’s happening</Link>, if putting it into words helps.
          </p>
          <p>
            When you feel ready, <Link to="/support">finding support</Link> has a guide to therapy and low-cost options.
          </p>
        </section>
      ) : null}
    </Page>
  );
}
