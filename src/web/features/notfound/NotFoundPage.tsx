import { useTranslation } from '../../i18n/i18n.js';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Page } from '../../components/Page.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const signedIn = state.status === 'signedIn';
  return (
    <Page title={t('notFound.title')} heading={t('notFound.heading')} className="not-found">
      <p className="page-lead">{t('notFound.lead')}</p>
      <div className="actions">
        <Link to={signedIn ? '/home' : '/'} className="button button-primary">
          {signedIn ? t('notFound.home') : t('notFound.start')}
        </Link>
        <Link to="/sos" className="button button-secondary">
          {t('quickHelp.needHelp')}
        </Link>
      </div>
    </Page>
  );
}
