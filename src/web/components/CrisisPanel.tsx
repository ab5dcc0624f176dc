import { useId } from 'react';
import { useTranslation } from '../i18n/i18n.js';
import { Link } from 'react-router';
import { useSession } from '../auth/session.js';
import { OwnSafetyPlan } from '../features/support/safety-plan/OwnSafetyPlan.js';
import { CrisisLines } from './CrisisLines.js';
import { Grounding } from './Grounding.js';
import { emergencyNumbers, dialable, useCrisisResources } from '../safety/useCrisisResources.js';

/**
 * Where the panel sits, so its last line fits: beside words still being written, beside words
 * already saved, under a questionnaire being answered, or with its result.
 */
export type CrisisPanelPlace = 'writing' | 'saved' | 'answering' | 'answers';

/**
 * Shown beside something a person wrote (or answered) when it sounds like they may be in danger.
 * It is a calm region on the page, not a modal: it never blocks writing or saving, never changes
 * a word, and sends nothing to anyone. It holds the region's lines, the person's own safety plan
 * (or an offer to make one) and a grounding exercise.
 */
export function CrisisPanel({ region, where = 'saved' }: { region: string; where?: CrisisPanelPlace }) {
  const { t } = useTranslation('safety');
  const headingId = useId();
  const { user } = useSession();
  const { data } = useCrisisResources(region);
  const numbers = emergencyNumbers(data.emergency);
  return (
    <section className="crisis-panel" aria-labelledby={headingId} data-testid="crisis-panel">
      <h2 id={headingId} className="crisis-panel-title">
        {t('panel.heading')}
      </h2>
      <p>{t('panel.lead')}</p>
      <CrisisLines data={data} />
      <p className="crisis-panel-emergency">
        {t('panel.dangerBefore')}{' '}
        {numbers.length ? (
          numbers.map((n, i) => (
            <span key={n}>
              {i > 0 ? t('panel.or') : null}
              <a href={`tel:${dialable(n)}`}>{n}</a>
            </span>
          ))
        ) : (
          <>{data.emergency ?? t('sos.localEmergency')}</>
        )}{' '}
        {t('panel.dangerAfter')}
      </p>
      <OwnSafetyPlan signedIn={Boolean(user)} userId={user?.id ?? null} headingLevel={3} compact />
      <details className="crisis-panel-grounding">
        <summary>{t('panel.grounding')}</summary>
        <Grounding />
      </details>
      <p>
        {t(`panel.closing.${where}`)} <Link to="/sos">{t('panel.more')}</Link>
      </p>
    </section>
  );
}
