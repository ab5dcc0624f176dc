import { useState } from 'react';
import { Trans, useTranslation } from '../../../i18n/i18n.js';
import { Link } from 'react-router';
import { useSession } from '../../../auth/session.js';
import { CrisisLines } from '../../../components/CrisisLines.js';
import { CrisisRegionOptions } from '../../../components/CrisisRegionOptions.js';
import { SelectField } from '../../../components/Field.js';
import { Page } from '../../../components/Page.js';
import { defaultRegion, regionName } from '../../../lib/regions.js';
import { dialable, emergencyNumbers, useCrisisResources } from '../../../safety/useCrisisResources.js';
import { Grounding } from '../../../components/Grounding.js';
import { PlanSteps } from '../../pair/stress-plan/PlanSteps.js';
import { useAgreedStressPlan } from '../../pair/stress-plan/useAgreedStressPlan.js';
import { OwnSafetyPlan } from '../safety-plan/OwnSafetyPlan.js';

export function SosPage() {
  const { t } = useTranslation('safety');
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
    <Page title={t('sos.title')} heading={t('sos.heading')} className="sos">
      <p className="page-lead">{t('sos.lead')}</p>

      <section className="card emergency" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">{t('sos.dangerHeading')}</h2>
        {numbers.length ? (
          <>
            <p>{t('sos.callEmergency')}</p>
            <div className="actions">
              {numbers.map((n) => (
                <a key={n} className="button button-sos button-large" href={`tel:${dialable(n)}`}>
                  {t('sos.callNumber', { number: n })}
                </a>
              ))}
            </div>
          </>
        ) : (
          <p>{t('sos.callThis', { number: data.emergency ?? t('sos.localEmergency') })}</p>
        )}
      </section>

      <section aria-labelledby="lines-heading" className="sos-lines">
        <h2 id="lines-heading">{t('sos.linesHeading')}</h2>
        <p>
          {t('sos.linesLead')} <span className="muted">{t('sos.showingFor', { region: regionName(region) })}</span>
        </p>
        <CrisisLines data={data} />
        <SelectField
          label={t('sos.regionLabel')}
          name="region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          hint={t('sos.regionHint')}
          className="sos-region"
        >
          <CrisisRegionOptions />
        </SelectField>
      </section>

      {locked ? <p className="card">{t('sos.lockedPlan')}</p> : <OwnSafetyPlan signedIn={Boolean(user)} userId={user?.id ?? null} />}

      <section className="card" aria-labelledby="grounding-heading">
        <h2 id="grounding-heading">
          <Trans t={t} i18nKey="sos.groundingHeading" components={{ nowrap: <span className="nowrap" /> }} />
        </h2>
        <p>{t('sos.groundingLead')}</p>
        <Grounding />
      </section>

      {plan ? (
        <section className="card" aria-labelledby="plan-heading" id="stress-plan">
          <h2 id="plan-heading">{t('sos.stressPlanHeading')}</h2>
          <p>{t('sos.stressPlanLead', { partner: plan.partner })}</p>
          <PlanSteps steps={plan.steps} />
        </section>
      ) : null}

      {user ? (
        <section className="sos-more" aria-label={t('sos.more')}>
          <p>
            <Trans t={t} i18nKey="sos.writeDown" components={{ a: <Link to="/journal/new" /> }} />
          </p>
          <p>
            <Trans t={t} i18nKey="sos.findSupport" components={{ a: <Link to="/support" /> }} />
          </p>
        </section>
      ) : null}
    </Page>
  );
}
