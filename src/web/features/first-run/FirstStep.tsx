import { Link } from 'react-router';
import type { Focus } from '../../../contracts/auth.js';

/** One small thing to try first, matched to what brought the person here; reassurance is the default. */
const ACTIONS: Record<Focus, { to: string; label: string; text: string }[]> = {
  reassurance: [
    { to: '/urge', label: 'Try the urge button', text: 'Note an urge you had today, even a small one, and see what the pause offers.' },
    { to: '/tools/breathing', label: 'Breathe for a minute', text: 'A quiet guide to slow, even breaths.' },
  ],
  cycle: [
    { to: '/cycles', label: 'Note a moment of the cycle', text: 'When you chased, pulled back or came together, in a few taps.' },
    { to: '/pause-message', label: 'Pause before sending', text: 'Write the message first, and wait a few minutes before you decide.' },
  ],
  loneliness: [
    { to: '/people/new', label: 'Add a person', text: 'Someone you would like to be in touch with more, from any part of your life.' },
    { to: '/people/practices', label: 'Pick a small daily step', text: 'Like greeting a neighbour or sending one message.' },
  ],
};

export function firstActions(focus: readonly Focus[]) {
  const chosen = focus.length ? focus : (['reassurance'] as const);
  return chosen.flatMap((f) => ACTIONS[f]);
}

/** The last step: a first small action, and the two ideas the rest of Steady leans on. */
export function FirstStep({ focus, onChoose }: { focus: readonly Focus[]; onChoose: (to: string) => void }) {
  return (
    <>
      <ul className="first-run-actions">
        {firstActions(focus).map((a) => (
          <li key={a.to}>
            <Link
              to={a.to}
              className="quick-link"
              onClick={(e) => {
                // The welcome is recorded as finished before the first action opens.
                e.preventDefault();
                onChoose(a.to);
              }}
            >
              <span className="quick-link-title">{a.label}</span>
              <span className="quick-link-text">{a.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section className="card first-run-ideas" aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">Two things you’ll see around Steady</h2>
        <dl>
          <dt>The urge button</dt>
          <dd>
            “I want reassurance” is always in reach. Tap it when the pull to ask or check rises: it helps you pause and soothe yourself
            first, and you decide what to do after.
          </dd>
          <dt>Check-ins</dt>
          <dd>
            A time you and a partner agree on to talk through what you set aside, so a worry gets real attention instead of an answer at any
            hour.
          </dd>
        </dl>
      </section>
    </>
  );
}
