import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session.js';
import { Button } from '../components/Button.js';
import { FollowUpPrompt } from '../features/urges/FollowUpPrompt.js';
import { OfflineNotice } from '../offline/OfflineNotice.js';
import { useOutboxStatus } from '../offline/useOutbox.js';
import { usePlanSync } from '../features/safety-plan/planSync.js';
import { QuickExit } from '../features/app-lock/QuickExit.js';
import { useAppLockWatch } from '../features/app-lock/useAppLockWatch.js';

export function Layout() {
  const { state, retry, lock } = useSession();
  const location = useLocation();
  const signedIn = state.status === 'signedIn';
  const outbox = useOutboxStatus();
  // The safety plan is kept on the device for SOS without a signal; an offline edit is sent on return.
  usePlanSync(state.status === 'signedIn' ? state.user.id : null, state.status === 'signedIn' && !state.fromDevice);
  useAppLockWatch(signedIn, state.status === 'signedIn' && !state.fromDevice, lock);

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
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={signedIn ? '/home' : '/'} className="brand">
            <img src="/icons/icon-192.png" alt="" width={32} height={32} className="brand-mark" />
            <span className="brand-name">Steady</span>
            <span className="visually-hidden">{signedIn ? ', home' : ', welcome'}</span>
          </Link>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {signedIn ? (
                <>
                  <li>
                    <NavLink to="/home">Home</NavLink>
                  </li>
                  <li>
                    <NavLink to="/journal">Journal</NavLink>
                  </li>
                  <li>
                    <NavLink to="/tools">Tools</NavLink>
                  </li>
                  <li>
                    <NavLink to="/people">People</NavLink>
                  </li>
                  <li>
                    <NavLink to="/pair">Partner</NavLink>
                  </li>
                  <li>
                    <NavLink to="/cycles">Cycle</NavLink>
                  </li>
                  <li>
                    <NavLink to="/over-time">Over time</NavLink>
                  </li>
                  <li>
                    <NavLink to="/support">Support</NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings">Settings</NavLink>
                  </li>
                </>
              ) : state.status === 'signedOut' ? (
                <>
                  <li>
                    <NavLink to="/login">Log in</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup">Sign up</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          {/* The two ways out of a hard moment, one tap from every screen: in the sticky header on wide
              screens, in a bar fixed to the bottom of the screen on a phone (layout.css). */}
          <div className="quick-help">
            {signedIn ? (
              <NavLink to="/urge" end className="urge-link">
                <span className="urge-link-mark" aria-hidden="true" />I want reassurance
              </NavLink>
            ) : null}
            <NavLink to="/sos" className="sos-link">
              <span className="sos-badge" aria-hidden="true">
                SOS
              </span>
              <span className="sos-text">Need help now?</span>
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
            {outbox.pending > 0
              ? `${outbox.pending === 1 ? 'One thing is' : `${outbox.pending} things are`} saved on this device and will sync when you’re back online.`
              : outbox.rejected > 0
                ? 'Something saved on this device could not be added to your account. Everything else is safe.'
                : null}
          </p>
        </>
      ) : null}
      {state.status === 'signedOut' && state.unreachable ? (
        <div className="connection-notice" role="status">
          <p>We couldn’t reach Steady just now, so you may be offline. Help lines still work from the SOS page.</p>
          <Button variant="quiet" onClick={retry}>
            Try again
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
          Steady is a place to practise, not therapy and not an emergency service. If you are in danger,{' '}
          <Link to="/sos">find help now</Link>.
        </p>
        <p>Your words stay yours: no trackers, no ads, nothing shared unless you choose.</p>
      </footer>
    </div>
  );
}
