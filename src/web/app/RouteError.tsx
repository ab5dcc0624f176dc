import { Link, useRouteError } from 'react-router';
import { useEffect } from 'react';

/** Shown if a screen fails to render. Calm words, and the way to help stays in reach. */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    document.title = 'Something went wrong · Steady';
    // Kept for whoever hosts Steady; the person sees only the kind words below.
    console.error(error);
  }, [error]);
  return (
    <main className="site-main route-error" id="main">
      <div className="page">
        <h1 className="page-title">Something went wrong on our side</h1>
        <p className="page-lead">It isn’t anything you did. Reloading the page usually helps.</p>
        <p>
          <a href="/">Go to the start</a> · <Link to="/sos">Need help now?</Link>
        </p>
      </div>
    </main>
  );
}
