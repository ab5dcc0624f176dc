import type { TFunction } from 'i18next';
import { useTranslation } from '../../i18n/i18n.js';
import { Link, Navigate } from 'react-router';
import type { Focus } from '../../../contracts/account/auth.js';
import { JOURNAL_PROMPTS } from '../../../core/journal/prompts.js';
import { useSession, useUser } from '../../auth/session.js';
import { Page } from '../../components/Page.js';
import { QuickLinks, type QuickPlace } from '../../components/QuickLinks.js';
import { EntryCard } from '../journal/EntryCard.js';
import { useJournal } from '../journal/queries.js';
import { PairEndedNotice } from '../pair/PairEndedNotice.js';
import { ReflectionTopicsCard } from '../reassurance/urges/ReflectionTopicsCard.js';
import { inFocus } from '../first-run/focus.js';
import type { en } from '../../i18n/resources.js';

type PlaceKey = keyof (typeof en)['home']['places'];

interface Place {
  to: string;
  /** Its title and line in the home catalog. */
  key: PlaceKey;
  /** The focus (from the welcome) this place serves; those come first on home. */
  focus: readonly Focus[];
  className?: string;
}

/** Everything a person can open from home. Nothing is ever left out; the chosen focus only changes the order. */
const PLACES: readonly Place[] = [
  { to: '/journal/new', key: 'journal', focus: [] },
  { to: '/tools', key: 'tools', focus: ['reassurance'] },
  { to: '/urges', key: 'urges', focus: ['reassurance'] },
  { to: '/together', key: 'together', focus: ['cycle'] },
  { to: '/cycles', key: 'cycles', focus: ['cycle'] },
  { to: '/people', key: 'people', focus: ['loneliness'] },
  { to: '/over-time', key: 'overTime', focus: [] },
  { to: '/reviews', key: 'reviews', focus: [] },
  { to: '/support', key: 'support', focus: [] },
  { to: '/safety-plan', key: 'safetyPlan', focus: [] },
  { to: '/sos', key: 'sos', focus: [], className: 'quick-link quick-link-sos' },
];

const RECENT = { tag: null, limit: 3 };

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

function shown(places: readonly Place[], t: TFunction<'home'>): QuickPlace[] {
  return places.map(({ to, key, className }) => ({ to, title: t(`places.${key}.title`), text: t(`places.${key}.text`), className }));
}

function Home() {
  const { t } = useTranslation('home');
  const user = useUser();
  // The journal's own first page of three: a change written anywhere in the journal marks it stale too.
  const journal = useJournal(RECENT, { enabled: true });
  const recent = journal.data?.pages[0]?.items ?? null;
  const failed = recent === null && journal.isError;
  const prompt = promptOfTheDay(user.timeZone);
  const chosen = PLACES.filter((p) => inFocus(user.focus, p.focus));
  const rest = PLACES.filter((p) => !chosen.includes(p));

  return (
    <Page title={t('title')} heading={t('hello', { name: user.displayName })} className="home">
      <p className="page-lead">{t('lead')}</p>

      {chosen.length ? (
        <section className="home-focus" aria-labelledby="focus-heading">
          <h2 id="focus-heading">{t('focusHeading')}</h2>
          <QuickLinks labelledBy="focus-heading" className="quick-links-focus" places={shown(chosen, t)} />
        </section>
      ) : null}

      <section className="card prompt-card" aria-labelledby="prompt-heading">
        <h2 id="prompt-heading">{t('promptHeading')}</h2>
        <p className="prompt-card-text">{t(`prompts.${prompt.id}`)}</p>
        <Link to={`/journal/new?prompt=${prompt.id}`} className="button button-primary">
          {t('writeAbout')}
        </Link>
      </section>

      <PairEndedNotice where="home" />
      <ReflectionTopicsCard />

      <QuickLinks label={chosen.length ? t('everythingElse') : t('quickLinks')} places={shown(rest, t)} />

      <section aria-labelledby="recent-heading" className="recent">
        <h2 id="recent-heading">{t('recentHeading')}</h2>
        {recent === null && !failed ? <p className="muted">{t('gathering')}</p> : null}
        {failed ? <p className="muted">{t('failed')}</p> : null}
        {recent && recent.length === 0 ? <p className="muted">{t('empty')}</p> : null}
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
              <Link to="/journal">{t('seeAll')}</Link>
            </p>
          </>
        ) : null}
      </section>
    </Page>
  );
}
