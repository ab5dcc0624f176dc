import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { PairEnding } from '../../../contracts/pair.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { formatDate } from '../../lib/dates.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';
import { useDismissEnding, usePairState } from './queries.js';

const WORDS: Record<PairEnding['reason'], { heading: string; text: string }> = {
  'partner-deleted-account': {
    heading: 'Your partner has left Steady',
    text: 'They closed their account, so the space you shared has closed too.',
  },
  'partner-unlinked': {
    heading: 'Your partner unlinked',
    text: 'The space you shared has closed, for both of you.',
  },
};

/**
 * Told once to the partner who did not end the pair: that it ended and why, in plain words, and
 * nothing of the other person's data. It fetches the pair state itself and listens for the live
 * `pair.ended`, so an open screen learns at once; put away, it does not come back.
 */
export function PairEndedNotice({ where }: { where: 'pair' | 'home' }) {
  const user = useUser();
  const headingId = useId();
  // A quiet extra: if it cannot load now, the screen around it still works (no error shown).
  const ended = usePairState().data?.ended ?? null;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const dismissEnding = useDismissEnding();
  useLiveEvents(['pair.ended', 'pair.linked']);

  if (!ended) return null;
  const words = WORDS[ended.reason];

  async function dismiss() {
    setBusy(true);
    setMessage(null);
    try {
      await dismissEnding();
    } catch {
      setMessage('That did not go through. Try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card pair-ended" aria-labelledby={headingId} data-testid="pair-ended-notice">
      <div role="status">
        <h2 id={headingId}>{words.heading}</h2>
        <p>
          {words.text} Your link ended on {formatDate(ended.endedAt, user.timeZone)}. What you wrote yourself is still yours, in your
          export. Nothing from that shared space is ever shown to someone you link with later.
        </p>
        <p>
          {where === 'pair'
            ? 'Whenever you feel ready, and only if you want to, you can link with someone again here.'
            : 'Whenever you feel ready, and only if you want to, you can link with someone again.'}
        </p>
      </div>
      <FormMessage message={message} />
      <div className="actions">
        {where === 'home' ? (
          <Link to="/pair" className="button button-secondary">
            Go to your pair space
          </Link>
        ) : null}
        <Button variant="quiet" busy={busy} busyLabel="Putting it away…" onClick={() => void dismiss()}>
          Thanks, put this away
        </Button>
      </div>
    </section>
  );
}
