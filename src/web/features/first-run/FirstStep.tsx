import { Link } from 'react-router';
import type { Focus } from '../../../contracts/account/auth.js';
import { useTranslation } from '../../i18n/i18n.js';

type Action = 'urge' | 'breathing' | 'cycles' | 'pause' | 'person' | 'practice';

/** One small thing to try first, matched to what brought the person here; reassurance is the default. */
const ACTIONS: Record<Focus, { to: string; words: Action }[]> = {
  reassurance: [
    { to: '/urge', words: 'urge' },
    { to: '/tools/breathing', words: 'breathing' },
  ],
  cycle: [
    { to: '/cycles', words: 'cycles' },
    { to: '/pause-message', words: 'pause' },
  ],
  loneliness: [
    { to: '/people/new', words: 'person' },
    { to: '/people/practices', words: 'practice' },
  ],
};

export function firstActions(focus: readonly Focus[]) {
  const chosen = focus.length ? focus : (['reassurance'] as const);
  return chosen.flatMap((f) => ACTIONS[f]);
}

/** The last step: a first small action, and the two ideas the rest of Steady leans on. */
export function FirstStep({ focus, onChoose }: { focus: readonly Focus[]; onChoose: (to: string) => void }) {
  const { t } = useTranslation('firstRun');
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
              <span className="quick-link-title">{t(`actions.${a.words}.label`)}</span>
              <span className="quick-link-text">{t(`actions.${a.words}.text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section className="card first-run-ideas" aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">{t('ideas.heading')}</h2>
        <dl>
          <dt>{t('ideas.urgeTitle')}</dt>
          <dd>{t('ideas.urge')}</dd>
          <dt>{t('ideas.checkInsTitle')}</dt>
          <dd>{t('ideas.checkIns')}</dd>
        </dl>
      </section>
    </>
  );
}
