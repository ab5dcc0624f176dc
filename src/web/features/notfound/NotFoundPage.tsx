import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Page } from '../../components/Page.js';

export function NotFoundPage() {
  const { state } = useSession();
  const signedIn = state.status === 'signedIn';
  return (
    <Page title="Page not found" heading="This page isn’t here" className="not-found">
      <p className="page-lead">
        The link may be old, or a letter may have slipped. Nothing is wrong on your side, and nothing of yours is lost.
      </p>
      <div className="actions">
        <Link to={signedIn ? '/home' : '/'} className="button button-primary">
          {signedIn ? 'Go to your home page' : 'Go to the start'}
        </Link>
        <Link to="/sos" className="button button-secondary">
          Need help now?
        </Link>
      </div>
    </Page>
  );
}
