import { useId } from 'react';
import { Link } from 'react-router';
import { useSession } from '../auth/session.js';
import { OwnSafetyPlan } from '../features/safety-plan/OwnSafetyPlan.js';
import { CrisisLines } from './CrisisLines.js';
import { Grounding } from './Grounding.js';
import { emergencyNumbers, dialable, useCrisisResources } from '../safety/useCrisisResources.js';

/**
 * Where the panel sits, so its last line fits: beside words still being written, beside words
 * already saved, under a questionnaire being answered, or with its result.
 */
export type CrisisPanelPlace = 'writing' | 'saved' | 'answering' | 'answers';

const CLOSING: Record<CrisisPanelPlace, string> = {
  writing: 'Your words are still here, exactly as you wrote them, and you can keep writing or save whenever you like.',
  saved: 'What you wrote is saved exactly as you wrote it, and it stays yours: nobody else is told or sent anything.',
  answering: 'Your answers stay yours: nobody else is told or sent anything. Carry on, or stop here, whenever you like.',
  answers: 'Your answers are saved as you gave them, and they stay yours: nobody else is told or sent anything.',
};

/**
 * Shown beside something a person wrote (or answered) when it sounds like they may be in danger.
 * It is a calm region on the page, not a modal: it never blocks writing or saving, never changes
 * a word, and sends nothing to anyone. It holds the region's lines, the person's own safety plan
 * (or an offer to make one) and a grounding exercise.
 */
export function CrisisPanel({ region, where = 'saved' }: { region: string; where?: CrisisPanelPlace }) {
  const headingId = useId();
  const { user } = useSession();
  const { data } = useCrisisResources(region);
  const numbers = emergencyNumbers(data.emergency);
  return (
    <section className="crisis-panel" aria-labelledby={headingId} data-testid="crisis-panel">
      <h2 id={headingId} className="crisis-panel-title">
        You don’t have to hold this alone
      </h2>
      <p>
        It sounds like things may be really heavy right now. You can talk to someone now, for free, and they will listen without judging:
      </p>
      <CrisisLines data={data} />
      <p className="crisis-panel-emergency">
        If you are in danger right now, call{' '}
        {numbers.length ? (
          numbers.map((n, i) => (
            <span key={n}>
              {i > 0 ? ' or ' : null}
              <a href={`tel:${dialable(n)}`}>{n}</a>
            </span>
          ))
        ) : (
          <>{data.emergency ?? 'your local emergency number'}</>
        )}{' '}
        now.
      </p>
      <OwnSafetyPlan signedIn={Boolean(user)} userId={user?.id ?? null} headingLevel={3} compact />
      <details className="crisis-panel-grounding">
        <summary>A grounding exercise, to come back to the room</summary>
        <Grounding />
      </details>
      <p>
        {CLOSING[where]} <Link to="/sos">More support</Link>
      </p>
    </section>
  );
}
