import { useId } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { FormShell } from '../../forms/FormShell.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatDate } from '../../lib/dates.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';
import { useDismissEnding, usePairState } from './queries.js';
import { useActionForm } from './useActionForm.js';

/**
 * Told once to the partner who did not end the pair: that it ended and why, in plain words, and
 * nothing of the other person's data. It fetches the pair state itself and listens for the live
 * `pair.ended`, so an open screen learns at once; put away, it does not come back.
 */
export function PairEndedNotice({ where }: { where: 'pair' | 'home' }) {
  const { t } = useTranslation('pair');
  const user = useUser();
  const headingId = useId();
  // A quiet extra: if it cannot load now, the screen around it still works (no error shown).
  const ended = usePairState().data?.ended ?? null;
  const dismissEnding = useDismissEnding();
  const dismiss = useActionForm(async () => {
    await dismissEnding();
  });
  useLiveEvents(['pair.ended', 'pair.linked']);

  if (!ended) return null;

  return (
    <section className="card pair-ended" aria-labelledby={headingId} data-testid="pair-ended-notice">
      <div role="status">
        <h2 id={headingId}>{t(`ended.${ended.reason}.heading`)}</h2>
        <p>
          {t(`ended.${ended.reason}.text`)} {t('ended.when', { date: formatDate(ended.endedAt, user.timeZone) })}
        </p>
        <p>{where === 'pair' ? t('ended.againHere') : t('ended.again')}</p>
      </div>
      <FormShell form={dismiss}>
        <FormMessage message={dismiss.notice?.text ?? null} />
        <div className="actions">
          {where === 'home' ? (
            <Link to="/pair" className="button button-secondary">
              {t('ended.goToPair')}
            </Link>
          ) : null}
          <Button type="submit" variant="quiet" busy={dismiss.busy} busyLabel={t('ended.dismissing')}>
            {t('ended.dismiss')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
