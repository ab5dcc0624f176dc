import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router';
import type { Focus } from '../../../contracts/auth.js';
import type { JournalEntry } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useSession, useUser } from '../../auth/session.js';
import { Page } from '../../components/Page.js';
import { QuickLinks, type QuickPlace } from '../../components/QuickLinks.js';
import { EntryCard } from '../journal/EntryCard.js';
import { journalApi } from '../journal/api.js';
import { PairEndedNotice } from '../pair/PairEndedNotice.js';
import { ReflectionTopicsCard } from '../urges/ReflectionTopicsCard.js';
import { inFocus } from '../first-run/focus.js';

interface Place extends QuickPlace {
  /** The focus (from the welcome) this place serves; those come first on home. */
  focus: readonly Focus[];
}

/** Everything a person can open from home. Nothing is ever left out; the chosen focus only changes the order. */
const PLACES: readonly Place[] = [
  { to: '/journal/new', title: 'Write in your journal', text: 'Put the worry into words, in your own time.', focus: [] },
  {
    to: '/tools',
    title: 'Your toolkit',
    text: 'Breathing, grounding and more, for when the worry is loud.',
    focus: ['reassurance'],
  },
  {
    to: '/urges',
    title: 'Urges you noticed',
    text: 'Look back on each one, and change or remove what you like.',
    focus: ['reassurance'],
  },
  {
    to: '/together',
    title: 'Together',
    text: 'Requests, kudos, your stress plan, goals and reviews with your partner.',
    focus: ['cycle'],
  },
  {
    to: '/cycles',
    title: 'The cycle between you',
    text: 'Notice pursuing, pulling back and coming together, and how it changes.',
    focus: ['cycle'],
  },
  {
    to: '/people',
    title: 'People in your life',
    text: 'Who you’d like to see more of, small invitations, and steady rhythms of contact.',
    focus: ['loneliness'],
  },
  {
    to: '/over-time',
    title: 'Over time',
    text: 'How your urges, the cycle and your connections change, kindly and honestly.',
    focus: [],
  },
  { to: '/support', title: 'Finding support', text: 'Questionnaires, a guide to therapy, and a summary to bring.', focus: [] },
  {
    to: '/safety-plan',
    title: 'Your safety plan',
    text: 'What helps you in the hardest moments, written on a calmer day.',
    focus: [],
  },
  {
    to: '/sos',
    title: 'Need help now?',
    text: 'People to call, and a grounding exercise.',
    focus: [],
    className: 'quick-link quick-link-sos',
  },
];

/** One prompt per day, the same all day, so the home page feels steady rather than random. */
function promptOfTheDay(timeZone: string) {
  let day: string;
  try {
    day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    day = new Date().toISOString().slice(0, 10);
  }
  const n = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  return JOURNAL_PROMPTS[n % JOURNAL_PROMPTS.length] ?? JOURNAL_PROMPTS[0];
}

/** Until the welcome has been finished or skipped once, home opens it (not offline: it needs the server to record it). */
export function HomePage() {
  const { state } = useSession();
  const user = useUser();
  if (state.status === 'signedIn' && !state.fromDevice && user.welcome === null) return <Navigate to="/welcome" replace />;
  return <Home />;
}

function Home() {
  const user = useUser();
  const [recent, setRecent] = useState<JournalEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const prompt = promptOfTheDay(user.timeZone);
  const chosen = PLACES.filter((p) => inFocus(user.focus, p.focus));
  const rest = PLACES.filter((p) => !chosen.includes(p));

  useEffect(() => {
    const controller = new AbortController();
    journalApi
      .list({ limit: 3 }, controller.signal)
      .then((page) => setRecent(page.items))
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  return (
    <Page title="Home" heading={`Hello, ${user.displayName}`} className="home">
      <p className="page-lead">Whatever today has been like, you’re welcome here. Take a breath before you start, there’s no hurry.</p>

      {chosen.length ? (
        <section className="home-focus" aria-labelledby="focus-heading">
          <h2 id="focus-heading">For what brought you here</h2>
          <QuickLinks labelledBy="focus-heading" className="quick-links-focus" places={chosen} />
        </section>
      ) : null}

      <section className="card prompt-card" aria-labelledby="prompt-heading">
        <h2 id="prompt-heading">Something to sit with</h2>
        <p className="prompt-card-text">{prompt.text}</p>
        <Link to={`/journal/new?prompt=${prompt.id}`} className="button button-primary">
          Write about this
        </Link>
      </section>

      <PairEndedNotice where="home" />
      <ReflectionTopicsCard />

      <QuickLinks label={chosen.length ? 'Everything else' : 'Quick links'} places={rest} />

      <section aria-labelledby="recent-heading" className="recent">
        <h2 id="recent-heading">Recently written</h2>
        {recent === null && !failed ? <p className="muted">Gathering your entries…</p> : null}
        {failed ? <p className="muted">Your entries couldn’t be loaded just now. They’re safe; try again in a moment.</p> : null}
        {recent && recent.length === 0 ? (
          <p className="muted">Nothing yet, and that’s fine. Whenever you feel like writing, it will be here.</p>
        ) : null}
        {recent && recent.length ? (
          <>
            <ul className="entry-list">
              {recent.map((e) => (
                <li key={e.id}>
                  <EntryCard entry={e} timeZone={user.timeZone} headingLevel={3} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/journal">See all your entries</Link>
            </p>
          </>
        ) : null}
      </section>
    </Page>
  );
}
