import { useTranslation } from '../../../i18n/i18n.js';
import { clock, useNow } from '../../../lib/useNow.js';

/**
 * The shared listening timer: both screens count down to the same stored endsAt, so the two
 * partners see the same time left without talking to each other.
 */
export function ListeningTimer({ endsAt, label }: { endsAt: string; label: string }) {
  const { t } = useTranslation('requests');
  const end = Date.parse(endsAt);
  const now = useNow(Date.now() < end);
  const left = Math.max(0, (end - now) / 1000);
  return (
    <div className="listening">
      <p className="listening-label">{label}</p>
      {/* A timer announces nothing on its own; the status below speaks once, when time is up. */}
      <p className="listening-time" role="timer" aria-label={t('timer.left', { time: clock(left) })}>
        {clock(left)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {left === 0 ? t('timer.over') : ''}
      </p>
    </div>
  );
}
