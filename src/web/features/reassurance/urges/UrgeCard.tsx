import { Link } from 'react-router';
import type { FollowUp, UrgeAction } from '../../../../contracts/reassurance/urges.js';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatTime } from '../../../lib/dates.js';
import { actionLabel } from './actions.js';
import { parkChoice } from './park-choice.js';

/** What a card needs: a saved urge has all of it; one still waiting on this device has no follow-ups yet. */
export interface UrgeSummary {
  occurredAt: string;
  /** null: skipped. */
  intensity: number | null;
  anxietyBefore: number | null;
  triggers: string[];
  action: UrgeAction;
  followUps?: Pick<FollowUp, 'minutesAfter' | 'anxiety'>[];
}

const outOfTen = (rating: number | null, t: TFunction<'urges'>) => (rating === null ? t('card.notRated') : t('card.outOfTen', { rating }));

/** "35 minutes later", "2 hours later", "1 hour 40 minutes later": how long after the urge a rating was given. */
export function afterWords(minutes: number, t: TFunction<'urges'>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('card.minutesLater', { minutes: rest });
  return rest === 0 ? t('card.hoursLater', { hours }) : t('card.hoursMinutesLater', { hours, minutes: rest });
}

/**
 * One urge in the history: when, what you did, how strong, what set it off and how it felt later.
 * The time is the link (it tells urges apart); one still waiting on this device has no page yet,
 * and says so.
 */
export function UrgeCard({
  urge,
  timeZone,
  href,
  waiting = false,
  headingLevel = 3,
  partner,
}: {
  urge: UrgeSummary;
  /** Whom parking reaches (usePartnerName): the card names a check-in only to someone with a partner. */
  partner: string | null | undefined;
  timeZone: string;
  href?: string;
  waiting?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('urges');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const time = formatTime(urge.occurredAt, timeZone);
  return (
    <article className="urge-card">
      <Heading className="urge-card-title">
        {href ? <Link to={href}>{time}</Link> : <span>{time}</span>}
        <span className="urge-card-action">{urge.action === 'parked' ? parkChoice(partner, t).label : actionLabel(urge.action, t)}</span>
        {waiting ? <span className="badge urge-card-waiting">{t('card.waiting')}</span> : null}
      </Heading>
      <dl className="urge-card-facts">
        <div>
          <dt>{t('card.urge')}</dt>
          <dd>{outOfTen(urge.intensity, t)}</dd>
        </div>
        <div>
          <dt>{t('card.anxiety')}</dt>
          <dd>{outOfTen(urge.anxietyBefore, t)}</dd>
        </div>
        {urge.followUps?.map((f) => (
          <div key={f.minutesAfter}>
            <dt>{afterWords(f.minutesAfter, t)}</dt>
            <dd>{outOfTen(f.anxiety, t)}</dd>
          </div>
        ))}
      </dl>
      {urge.triggers.length ? (
        <ul className="tag-list" aria-label={t('card.triggers')}>
          {urge.triggers.map((tag) => (
            <li key={tag} className="tag tag-static">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
