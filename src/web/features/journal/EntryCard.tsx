import { useTranslation } from '../../i18n/i18n.js';
import { Link } from 'react-router';
import type { JournalEntry } from '../../../contracts/journal/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { formatShortDateTime } from '../../lib/dates.js';

const EXCERPT = 220;

/**
 * One entry in a list: the date is the link (it is what tells entries apart), then a glimpse. One
 * written offline and still waiting on this device has no page yet, so its date is plain text.
 */
export function EntryCard({
  entry,
  timeZone,
  headingLevel = 2,
  waiting = false,
}: {
  entry: JournalEntry;
  timeZone: string;
  headingLevel?: 2 | 3;
  waiting?: boolean;
}) {
  const { t } = useTranslation('home');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const prompt = JOURNAL_PROMPTS.find((p) => p.id === entry.prompt);
  const text = entry.text.length > EXCERPT ? `${entry.text.slice(0, EXCERPT).trimEnd()}…` : entry.text;
  return (
    <article className="entry-card">
      <Heading className="entry-card-title">
        {waiting ? (
          <>
            {formatShortDateTime(entry.createdAt, timeZone)} <span className="badge entry-card-waiting">{t('entry.waiting')}</span>
          </>
        ) : (
          <Link to={`/journal/${entry.id}`}>{formatShortDateTime(entry.createdAt, timeZone)}</Link>
        )}
      </Heading>
      {prompt ? <p className="entry-card-prompt">{t(`prompts.${prompt.id}`)}</p> : null}
      {text ? <p className="entry-card-text">{text}</p> : null}
      {entry.mood !== null || entry.tags.length ? (
        <p className="entry-card-meta">
          {entry.mood !== null ? <span>{t('entry.mood', { mood: entry.mood })}</span> : null}
          {entry.tags.map((t) => (
            <span key={t} className="tag tag-static">
              {t}
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
