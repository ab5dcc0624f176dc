import { Link } from 'react-router';

export interface QuickPlace {
  to: string;
  title: string;
  text: string;
  /** A place that should stand out from its neighbours (home's next step, say). */
  className?: string;
}

type Naming = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/** The hub pages' list of places, each a title and one line on what it is for. */
export function QuickLinks({ places, className, ...naming }: { places: readonly QuickPlace[]; className?: string } & Naming) {
  return (
    <nav aria-label={naming.label} aria-labelledby={naming.labelledBy} className={className ? `quick-links ${className}` : 'quick-links'}>
      <ul>
        {places.map((p) => (
          <li key={p.to}>
            <Link to={p.to} className={p.className ?? 'quick-link'}>
              <span className="quick-link-title">{p.title}</span>
              <span className="quick-link-text">{p.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
