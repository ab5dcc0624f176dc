import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { useSession } from '../../auth/session.js';

export function WelcomePage() {
  const { state } = useSession();
  const farewell = state.status === 'signedOut' ? state.reason : null;

  return (
    <Page title="Welcome" heading="A steadier way through anxious moments" className="welcome">
      <div aria-live="polite" className="welcome-farewell">
        {farewell === 'loggedOut' ? <p className="notice">You’ve logged out. Take good care until next time.</p> : null}
        {farewell === 'deleted' ? (
          <p className="notice">
            Your account and everything in it have been deleted. Thank you for the time you spent here, and take care.
          </p>
        ) : null}
      </div>

      <p className="page-lead">
        When worry pushes you to ask for reassurance again and again, to chase someone or pull away, or leaves you feeling alone, Steady
        gives you some structure to lean on instead of someone to check on.
      </p>

      <div className="actions">
        <Link to="/signup" className="button button-primary">
          Create your space
        </Link>
        <Link to="/login" className="button button-secondary">
          Log in
        </Link>
      </div>

      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How it helps</h2>
        <ol className="steps">
          <li>
            <strong>Notice the urge.</strong> Name the pull to ask, check or chase while it is still rising.
          </li>
          <li>
            <strong>Pause.</strong> Give it a little time before you act on it. Urges crest and pass.
          </li>
          <li>
            <strong>Soothe yourself.</strong> Write, breathe, ground yourself, and learn which small tools work for you.
          </li>
          <li>
            <strong>Bring it to your check-in.</strong> Save what you need for a moment you and the other person agreed on, so it gets real
            attention instead of all-day worry.
          </li>
        </ol>
      </section>

      <section className="card" aria-labelledby="not-heading">
        <h2 id="not-heading">What Steady is not</h2>
        <p>
          Steady is not therapy, and it doesn’t replace a therapist. It helps you keep up everyday practices between conversations, and can
          help you bring clearer notes if you choose to see someone.
        </p>
        <p>
          If you feel unsafe at any point, the <Link to="/sos">Need help now?</Link> link on every page shows people you can reach straight
          away.
        </p>
      </section>

      <section className="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy, plainly</h2>
        <ul className="plain-list">
          <li>
            What you write is yours. Nobody else using Steady can see it: not a partner, not a friend. It is kept on the server that runs
            this Steady and is never sent anywhere else.
          </li>
          <li>No trackers, no ads, no outside services watching.</li>
          <li>You can download everything you wrote, or delete your account and all of it, whenever you like.</li>
        </ul>
      </section>
    </Page>
  );
}
