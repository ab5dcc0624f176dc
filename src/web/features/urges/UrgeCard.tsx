import { Link } from 'react-router';
import type { FollowUp, UrgeAction } from '../../../contracts/urges.js';
import { formatTime } from '../../lib/dates.js';
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

const outOfTen = (rating: number | null) => (rating === null ? 'not rated' : `${rating} out of 10`);

/** "35 minutes", "2 hours", "1 hour 40 minutes": how long after the urge a rating was given. */
export function afterWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (h === 0) return part(m, 'minute');
  return m === 0 ? part(h, 'hour') : `${part(h, 'hour')} ${part(m, 'minute')}`;
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
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const time = formatTime(urge.occurredAt, timeZone);
  return (
    <article className="urge-card">
      <Heading className="urge-card-title">
        {href ? <Link to={href}>{time}</Link> : <span>{time}</span>}
        <span className="urge-card-action">{urge.action === 'parked' ? parkChoice(partner).label : actionLabel(urge.action)}</span>
        {waiting ? <span className="badge urge-card-waiting">Waiting to sync</span> : null}
      </Heading>
      <dl className="urge-card-facts">
        <div>
          <dt>Urge</dt>
          <dd>{outOfTen(urge.intensity)}</dd>
        </div>
        <div>
          <dt>Anxiety</dt>
          <dd>{outOfTen(urge.anxietyBefore)}</dd>
        </div>
        {urge.followUps?.map((f) => (
          <div key={f.minutesAfter}>
            <dt>{afterWords(f.minutesAfter)} later</dt>
            <dd>{f.anxiety} out of 10</dd>
          </div>
        ))}
      </dl>
      {urge.triggers.length ? (
        <ul className="tag-list" aria-label="Triggers">
          {urge.triggers.map((t) => (
            <li key={t} className="tag tag-static">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
