import type { WaitingLadder } from '../../../../contracts/reassurance/waiting-ladder.js';
import { useUser } from '../../../auth/session.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatDate } from '../../../lib/dates.js';
import { useWaitingLadder } from '../urges/queries.js';

/** The most recent waits drawn as rungs; the whole count is still said in words. */
const RUNGS_SHOWN = 8;

/** The waiting ladder across everything logged (not the chosen period): it grows from every wait. */
export function WaitingLadderCard() {
  const { t } = useTranslation('insights');
  const ladder = useWaitingLadder().data;
  if (!ladder) return null;
  return (
    <section className="card waiting-ladder" aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">{t('ladder.heading')}</h2>
      {ladder.basis.waits === 0 || ladder.suggestedMinutes === null ? <p>{t('ladder.none')}</p> : <Rungs ladder={ladder} />}
    </section>
  );
}

function Rungs({ ladder }: { ladder: WaitingLadder }) {
  const { t } = useTranslation('insights');
  const { timeZone } = useUser();
  const { waits, rated, eased } = ladder.basis;
  return (
    <>
      <p>{t('ladder.next', { minutes: ladder.suggestedMinutes })}</p>
      <p className="muted">
        {t('ladder.basis', { count: waits })} {t('ladder.rated', { count: rated })} {t('ladder.eased', { count: eased })}
      </p>
      <ol className="ladder-steps" aria-label={t('ladder.stepsLabel')}>
        {ladder.steps.slice(-RUNGS_SHOWN).map((s) => (
          <li key={s.urgeId}>
            {t('ladder.step', { day: formatDate(s.occurredAt, timeZone), minutes: s.waitedMinutes })}{' '}
            {s.outcome === 'unrated'
              ? t('ladder.unrated')
              : t(s.outcome === 'eased' ? 'ladder.fell' : 'ladder.stayed', { before: s.anxietyBefore, after: s.anxietyAfter })}{' '}
            {s.grew ? t('ladder.grew', { minutes: s.suggestedAfter }) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
