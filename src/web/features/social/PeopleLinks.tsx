import { NavLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n.js';

const LINKS = [
  { to: '/people', key: 'map' },
  { to: '/people/invitations', key: 'invitations' },
  { to: '/people/practices', key: 'practices' },
  { to: '/people/insights', key: 'insights' },
  { to: '/people/review', key: 'review' },
] as const;

/** The social pages behind the one "People" entry in the main navigation. */
export function PeopleLinks() {
  const { t } = useTranslation('social');
  return (
    <nav aria-label={t('links.label')} className="sub-nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {t(`links.${l.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
