import { Link } from 'react-router';
import { useUser } from '../../../auth/session.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { FOCUS_CHOICES } from '../../first-run/focus.js';

/** The first-run welcome, open again whenever the person likes: what they chose shows, and can change. */
export function WelcomeSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const chosen = user.focus.map((f) => FOCUS_CHOICES[f].title.toLowerCase()).join('; ');
  return (
    <section className="card" aria-labelledby="welcome-again-heading">
      <h2 id="welcome-again-heading">{t('welcome.heading')}</h2>
      <p>
        {user.focus.length ? t('welcome.focus', { chosen }) : t('welcome.usual')} {t('welcome.again')}
      </p>
      <p>
        <Link to="/welcome" className="button button-secondary">
          {t('welcome.show')}
        </Link>
      </p>
    </section>
  );
}
