import { Link } from 'react-router';
import { CLOSENESS, CONTEXTS, type Context, type Person } from '../../../contracts/social/people.js';
import { formatLocale, useTranslation } from '../../i18n/i18n.js';

/**
 * The map: one card per part of life, people in bands from the inner circle outwards. Every part of
 * life is shown, empty ones too, so breadth and gaps are visible at a glance; it is all headings and
 * lists underneath, so it reads the same without the picture.
 */
export function SocialMap({ people }: { people: Person[] }) {
  const { t } = useTranslation('social');
  const unsorted = people.filter((p) => p.contexts.length === 0);
  const withPeople = CONTEXTS.filter((c) => people.some((p) => p.contexts.includes(c)));
  return (
    <section aria-labelledby="map-heading" className="social-map-section">
      <h2 id="map-heading">{t('map.heading')}</h2>
      <p className="muted">
        {people.length === 0 ? t('map.empty') : t('map.summary', { count: people.length, parts: withPeople.length, all: CONTEXTS.length })}
      </p>
      <ul className="closeness-key" aria-label={t('map.key')}>
        {CLOSENESS.map((c) => (
          <li key={c}>
            <span className={`ring-dot ring-${c}`} aria-hidden="true" />
            {t(`closeness.${c}.label`)}
          </li>
        ))}
      </ul>
      <div className="social-map">
        {CONTEXTS.map((c) => (
          <ContextCard key={c} id={c} title={t(`context.${c}`)} people={people.filter((p) => p.contexts.includes(c))} />
        ))}
        {unsorted.length ? <ContextCard id="unsorted" title={t('map.unsorted')} people={unsorted} /> : null}
      </div>
    </section>
  );
}

function ContextCard({ id, title, people }: { id: Context | 'unsorted'; title: string; people: Person[] }) {
  const { t } = useTranslation('social');
  const headingId = `map-${id}`;
  return (
    <section className={people.length ? 'map-card' : 'map-card map-card-empty'} aria-labelledby={headingId}>
      <h3 id={headingId} className="map-card-title">
        {title} <span className="map-count">{people.length}</span>
      </h3>
      {people.length === 0 ? <p className="muted map-empty">{t('map.cardEmpty')}</p> : null}
      {CLOSENESS.map((band) => {
        const inBand = people.filter((p) => p.closeness === band).sort((a, b) => a.name.localeCompare(b.name, formatLocale()));
        if (!inBand.length) return null;
        return (
          <div key={band} className={`map-band band-${band}`}>
            <p className="map-band-label" id={`${headingId}-${band}`}>
              {t(`closeness.${band}.label`)}
            </p>
            <ul className="map-people" aria-labelledby={`${headingId}-${band}`}>
              {inBand.map((p) => (
                <li key={p.id}>
                  <Link to={`/people/${p.id}`} className={`map-person ring-${band}`}>
                    {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
