import { useTranslation } from '../i18n/i18n.js';
import { clock } from '../lib/useNow.js';

/** A ring that empties as the minutes pass; the numbers say the same for anyone who can’t see it. */
export function TimerRing({ remaining, total }: { remaining: number; total: number }) {
  const { t } = useTranslation('shared');
  const r = 54;
  const circumference = 2 * Math.PI * r;
  const left = Math.max(0, Math.min(1, remaining / total));
  return (
    <div className="timer-ring">
      <svg viewBox="0 0 120 120" width="180" height="180" aria-hidden="true" focusable="false">
        <circle className="timer-track" cx="60" cy="60" r={r} />
        <circle
          className="timer-progress"
          cx="60"
          cy="60"
          r={r}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - left)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <p className="timer-time" role="timer" aria-label={t('timer.left', { minutes: Math.ceil(remaining / 60) })}>
        {clock(remaining)}
      </p>
    </div>
  );
}
