import { Button } from '../../../components/Button.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useWaitingLadder } from './queries.js';

/**
 * The waiting ladder's offer, beside the usual lengths: shown only once one of the person's own
 * waits eased their anxiety, so the sentence is always about something that happened to them.
 */
export function LadderOffer({ onTake }: { onTake: (minutes: number) => void }) {
  const { t } = useTranslation('urges');
  const ladder = useWaitingLadder().data;
  const from = ladder?.grewFrom;
  const minutes = ladder?.suggestedMinutes;
  if (!from || minutes == null || from.anxietyBefore === null || from.anxietyAfter === null) return null;
  return (
    <div className="ladder-offer">
      <p>{t('pause.ladder.lead', { waited: from.waitedMinutes, before: from.anxietyBefore, after: from.anxietyAfter, minutes })}</p>
      <div className="actions">
        <Button variant="primary" onClick={() => onTake(minutes)}>
          {t('pause.ladder.take', { minutes })}
        </Button>
      </div>
      <p className="muted">{t('pause.ladder.skippable')}</p>
    </div>
  );
}
