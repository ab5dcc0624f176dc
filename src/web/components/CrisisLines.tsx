import type { CrisisResources } from '../../contracts/safety.js';
import { dialable } from '../safety/useCrisisResources.js';

/** The list of lines, each with one-tap call / text / website actions. */
export function CrisisLines({ data, headingLevel = 3 }: { data: CrisisResources; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="crisis-lines" aria-label="Support lines">
      {data.resources.map((r) => (
        <li key={r.name} className="crisis-line">
          <Heading className="crisis-line-name">{r.name}</Heading>
          {r.description ? <p className="crisis-line-description">{r.description}</p> : null}
          {r.hours ? <p className="crisis-line-hours">{r.hours}</p> : null}
          <div className="crisis-line-actions">
            {r.phone ? (
              <a className="button button-primary" href={`tel:${dialable(r.phone)}`}>
                Call {r.phone}
              </a>
            ) : null}
            {r.sms ? (
              <a className="button button-secondary" href={`sms:${dialable(r.sms)}`}>
                Text {r.sms}
              </a>
            ) : null}
            {r.url ? (
              <a className="button button-quiet" href={r.url} target="_blank" rel="noopener noreferrer">
                Website<span className="visually-hidden"> of {r.name} (opens in a new tab)</span>
              </a>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
