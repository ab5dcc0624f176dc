import { Trans, useTranslation } from '../../i18n/i18n.js';
import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { useSession } from '../../auth/session.js';

const HOW = ['notice', 'pause', 'soothe', 'checkIn'] as const;

export function WelcomePage() {
  const { t } = useTranslation('welcome');
  const { state } = useSession();
  const farewell = state.status === 'signedOut' ? state.reason : null;

  return (
    <Page title={t('title')} heading={t('heading')} className="welcome">
      <div aria-live="polite" className="welcome-farewell">
        {farewell === 'loggedOut' ? <p className="notice">{t('loggedOut')}</p> : null}
        {farewell === 'deleted' ? <p className="notice">{t('deleted')}</p> : null}
      </div>

      <p className="page-lead">{t('lead')}</p>

      <div className="actions">
        <Link to="/signup" className="button button-primary">
          {t('create')}
        </Link>
        <Link to="/login" className="button button-secondary">
          {t('logIn')}
        </Link>
      </div>

      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('howHeading')}</h2>
        <ol className="steps">
          {HOW.map((step) => (
            <li key={step}>
              <Trans t={t} i18nKey={`how.${step}`} components={{ strong: <strong /> }} />
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="not-heading">
        <h2 id="not-heading">{t('notHeading')}</h2>
        <p>{t('notTherapy')}</p>
        <p>
          <Trans t={t} i18nKey="unsafe" components={{ a: <Link to="/sos" /> }} />
        </p>
      </section>

      <section className="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <ul className="plain-list">
          <li>{t('privacy.yours')}</li>
          <li>{t('privacy.noTrackers')}</li>
          <li>{t('privacy.export')}</li>
        </ul>
      </section>
    </Page>
  );
}
