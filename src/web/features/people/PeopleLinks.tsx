import { NavLink } from 'react-router';

const LINKS = [
  { to: '/people', label: 'Map' },
  { to: '/people/invitations', label: 'Invitations' },
  { to: '/people/practices', label: 'Daily practices' },
  { to: '/people/insights', label: 'My connections over time' },
  { to: '/people/review', label: 'Monthly review' },
] as const;

/** The social pages behind the one "People" entry in the main navigation. */
export function PeopleLinks() {
  return (
    <nav aria-label="People pages" className="sub-nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
