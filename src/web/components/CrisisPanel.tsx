import { useId } from 'react';
import { Link } from 'react-router';
import { CrisisLines } from './CrisisLines.js';
import { emergencyNumbers, dialable, useCrisisResources } from '../safety/useCrisisResources.js';

/**
 * Shown beside something a person wrote when it sounds like they may be in danger. It is a
 * calm region on the page, not a modal: it never blocks writing or saving, and it never
 * changes a word of what they wrote.
 */
export function CrisisPanel({ region }: { region: string }) {
  const headingId = useId();
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
      <p>
        Your words are still here, exactly as you wrote them, and you can keep writing or save whenever you like.{' '}
        <Link to="/sos">More support and a grounding exercise</Link>
      </p>
    </section>
  );
}
