import { Link } from 'react-router';
import { CLOSENESS, CONTEXTS, type Context, type Person } from '../../../contracts/people.js';
import { CLOSENESS_WORDS, CONTEXT_WORDS, plural } from './words.js';

/**
 * The map: one card per part of life, people in bands from the inner circle outwards. Every part of
 * life is shown, empty ones too, so breadth and gaps are visible at a glance; it is all headings and
 * lists underneath, so it reads the same without the picture.
 */
export function SocialMap({ people }: { people: Person[] }) {
  const unsorted = people.filter((p) => p.contexts.length === 0);
  const withPeople = CONTEXTS.filter((c) => people.some((p) => p.contexts.includes(c)));
  return (
    <section aria-labelledby="map-heading" className="social-map-section">
      <h2 id="map-heading">Your map</h2>
      <p className="muted">
        {people.length === 0
          ? 'No one here yet.'
          : `${plural(people.length, 'person', 'people')}, in ${withPeople.length} of ${CONTEXTS.length} parts of life. Empty parts are room, not a shortcoming.`}
      </p>
      <ul className="closeness-key" aria-label="Closeness, from the centre outwards">
        {CLOSENESS.map((c) => (
          <li key={c}>
            <span className={`ring-dot ring-${c}`} aria-hidden="true" />
            {CLOSENESS_WORDS[c].label}
          </li>
        ))}
      </ul>
      <div className="social-map">
        {CONTEXTS.map((c) => (
          <ContextCard key={c} id={c} title={CONTEXT_WORDS[c]} people={people.filter((p) => p.contexts.includes(c))} />
        ))}
        {unsorted.length ? <ContextCard id="unsorted" title="Not placed yet" people={unsorted} /> : null}
      </div>
    </section>
  );
}

function ContextCard({ id, title, people }: { id: Context | 'unsorted'; title: string; people: Person[] }) {
  const headingId = `map-${id}`;
  return (
    <section className={people.length ? 'map-card' : 'map-card map-card-empty'} aria-labelledby={headingId}>
      <h3 id={headingId} className="map-card-title">
        {title} <span className="map-count">{people.length}</span>
      </h3>
      {people.length === 0 ? <p className="muted map-empty">No one here yet</p> : null}
      {CLOSENESS.map((band) => {
        const inBand = people.filter((p) => p.closeness === band).sort((a, b) => a.name.localeCompare(b.name));
        if (!inBand.length) return null;
        return (
          <div key={band} className={`map-band band-${band}`}>
            <p className="map-band-label" id={`${headingId}-${band}`}>
              {CLOSENESS_WORDS[band].label}
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
