import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { JournalEntry } from '../../../contracts/journal.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useUser } from '../../auth/session.js';
import { Page } from '../../components/Page.js';
import { EntryCard } from '../journal/EntryCard.js';
import { journalApi } from '../journal/api.js';
import { PairEndedNotice } from '../pair/PairEndedNotice.js';
import { ReflectionTopicsCard } from '../urges/ReflectionTopicsCard.js';

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

export function HomePage() {
  const user = useUser();
  const [recent, setRecent] = useState<JournalEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const prompt = promptOfTheDay(user.timeZone);

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

      <section className="card prompt-card" aria-labelledby="prompt-heading">
        <h2 id="prompt-heading">Something to sit with</h2>
        <p className="prompt-card-text">{prompt.text}</p>
        <Link to={`/journal/new?prompt=${prompt.id}`} className="button button-primary">
          Write about this
        </Link>
      </section>

      <PairEndedNotice where="home" />
      <ReflectionTopicsCard />

      <nav aria-label="Quick links" className="quick-links">
        <ul>
          <li>
            <Link to="/journal/new" className="quick-link">
              <span className="quick-link-title">Write in your journal</span>
              <span className="quick-link-text">Put the worry into words, in your own time.</span>
            </Link>
          </li>
          <li>
            <Link to="/tools" className="quick-link">
              <span className="quick-link-title">Your toolkit</span>
              <span className="quick-link-text">Breathing, grounding and more, for when the worry is loud.</span>
            </Link>
          </li>
          <li>
            <Link to="/insights" className="quick-link">
              <span className="quick-link-title">Insights</span>
              <span className="quick-link-text">What your own logs show, kindly and honestly.</span>
            </Link>
          </li>
          <li>
            <Link to="/together" className="quick-link">
              <span className="quick-link-title">Together</span>
              <span className="quick-link-text">Requests, kudos, your stress plan, goals and reviews with your partner.</span>
            </Link>
          </li>
          <li>
            <Link to="/cycles" className="quick-link">
              <span className="quick-link-title">The cycle between you</span>
              <span className="quick-link-text">Notice pursuing, pulling back and coming together, and how it changes.</span>
            </Link>
          </li>
          <li>
            <Link to="/urges" className="quick-link">
              <span className="quick-link-title">Urges you noticed</span>
              <span className="quick-link-text">Look back on each one, and change or remove what you like.</span>
            </Link>
          </li>
          <li>
            <Link to="/support" className="quick-link">
              <span className="quick-link-title">Finding support</span>
              <span className="quick-link-text">Questionnaires, a guide to therapy, and a summary to bring.</span>
            </Link>
          </li>
          <li>
            <Link to="/sos" className="quick-link quick-link-sos">
              <span className="quick-link-title">Need help now?</span>
              <span className="quick-link-text">People to call, and a grounding exercise.</span>
            </Link>
          </li>
        </ul>
      </nav>

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
