import { Link, useRouteError } from 'react-router';
import { useEffect } from 'react';
import { useTranslation } from '../i18n/i18n.js';

/** Shown if a screen fails to render. Calm words, and the way to help stays in reach. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    document.title = t('titleSuffix', { title: t('routeError.title') });
    // Kept for whoever hosts Steady; the person sees only the kind words below.
    console.error(error);
  }, [error, t]);
  return (
    <main className="site-main route-error" id="main">
      <div className="page">
        <h1 className="page-title">{t('routeError.heading')}</h1>
        <p className="page-lead">{t('routeError.lead')}</p>
        <p>
          <a href="/">{t('routeError.start')}</a> · <Link to="/sos">{t('quickHelp.needHelp')}</Link>
        </p>
      </div>
    </main>
  );
}
