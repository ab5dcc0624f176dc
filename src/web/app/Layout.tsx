import { Trans, useTranslation } from '../i18n/i18n.js';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session.js';
import { Button } from '../components/Button.js';
import { FollowUpPrompt } from '../features/reassurance/urges/FollowUpPrompt.js';
import { OfflineNotice } from '../offline/OfflineNotice.js';
import { useOutboxStatus } from '../offline/useOutbox.js';
import { usePlanSync } from '../features/support/safety-plan/planSync.js';
import { QuickExit } from '../features/account/app-lock/QuickExit.js';
import { useAppLockWatch } from '../features/account/app-lock/useAppLockWatch.js';
import { Bell } from '../features/notifications/Bell.js';
import { useOpenFromPush } from '../features/notifications/useOpenFromPush.js';

export function Layout() {
  const { t } = useTranslation();
  const { state, retry, lock } = useSession();
  const location = useLocation();
  const signedIn = state.status === 'signedIn';
  const outbox = useOutboxStatus();
  // The safety plan is kept on the device for SOS without a signal; an offline edit is sent on return.
  usePlanSync(state.status === 'signedIn' ? state.user.id : null, state.status === 'signedIn' && !state.fromDevice);
  useAppLockWatch(signedIn, state.status === 'signedIn' && !state.fromDevice, lock);
  useOpenFromPush(signedIn);

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          // The router owns the URL; move focus without adding #main to it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToMain')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={signedIn ? '/home' : '/'} className="brand">
            <img src="/icons/icon-192.png" alt="" width={32} height={32} className="brand-mark" />
            <span className="brand-name">{t('brand')}</span>
            <span className="visually-hidden">{signedIn ? t('brandHome') : t('brandWelcome')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {signedIn ? (
                <>
                  <li>
                    <NavLink to="/home">{t('nav.home')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/journal">{t('nav.journal')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/tools">{t('nav.tools')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/people">{t('nav.people')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/pair">{t('nav.partner')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/cycles">{t('nav.cycle')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/over-time">{t('nav.overTime')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/support">{t('nav.support')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings">{t('nav.settings')}</NavLink>
                  </li>
                </>
              ) : state.status === 'signedOut' ? (
                <>
                  <li>
                    <NavLink to="/login">{t('nav.logIn')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup">{t('nav.signUp')}</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          {state.status === 'signedIn' ? <Bell userId={state.user.id} /> : null}
          {/* The two ways out of a hard moment, one tap from every screen: in the sticky header on wide
              screens, in a bar fixed to the bottom of the screen on a phone (layout.css). */}
          <div className="quick-help">
            {signedIn ? (
              <NavLink to="/urge" end className="urge-link">
                <span className="urge-link-mark" aria-hidden="true" />
                {t('quickHelp.urge')}
              </NavLink>
            ) : null}
            <NavLink to="/sos" className="sos-link">
              <span className="sos-badge" aria-hidden="true">
                {t('quickHelp.sos')}
              </span>
              <span className="sos-text">{t('quickHelp.needHelp')}</span>
            </NavLink>
            <QuickExit />
          </div>
        </div>
      </header>
      {signedIn ? (
        <>
          <OfflineNotice />
          {/* Always in the page, so screen readers hear it when words appear. */}
          <p className="sync-note" role="status">
            {outbox.pending > 0 ? (
              t('sync.pending', { count: outbox.pending })
            ) : outbox.rejected > 0 ? (
              <Trans t={t} i18nKey="sync.kept" values={{ count: outbox.rejected }} components={{ a: <Link to="/kept" /> }} />
            ) : null}
          </p>
        </>
      ) : null}
      {state.status === 'signedOut' && state.unreachable ? (
        <div className="connection-notice" role="status">
          <p>{t('connection.unreachable')}</p>
          <Button variant="quiet" onClick={retry}>
            {t('connection.retry')}
          </Button>
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className="site-main">
        {signedIn ? <FollowUpPrompt /> : null}
        {/* Keyed by path so each page mounts fresh and moves focus to its own heading. */}
        <div key={location.pathname} className="site-main-inner">
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <p>
          <Trans t={t} i18nKey="footer.notTherapy" components={{ a: <Link to="/sos" /> }} />
        </p>
        <p>{t('footer.privacy')}</p>
      </footer>
    </div>
  );
}
