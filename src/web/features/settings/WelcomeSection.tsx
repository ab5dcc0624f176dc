import { Link } from 'react-router';
import { useUser } from '../../auth/session.js';
import { FOCUS_CHOICES } from '../first-run/focus.js';

/** The first-run welcome, open again whenever the person likes: what they chose shows, and can change. */
export function WelcomeSection() {
  const user = useUser();
  return (
    <section className="card" aria-labelledby="welcome-again-heading">
      <h2 id="welcome-again-heading">The welcome</h2>
      <p>
        {user.focus.length
          ? `Home puts these first: ${user.focus.map((f) => FOCUS_CHOICES[f].title.toLowerCase()).join('; ')}.`
          : 'Home shows everything in its usual order.'}{' '}
        Walk through the first steps again to change that, your region or a partner link.
      </p>
      <p>
        <Link to="/welcome" className="button button-secondary">
          Show the welcome again
        </Link>
      </p>
    </section>
  );
}
