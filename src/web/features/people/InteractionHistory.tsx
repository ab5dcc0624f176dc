import { useState } from 'react';
import { Link } from 'react-router';
import type { Interaction } from '../../../contracts/interactions.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { formatShortDateTime } from '../../lib/dates.js';
import type { Loaded } from '../../query/loaded.js';
import { useRemoveInteraction } from './queries.js';
import { CHANNEL_WORDS, INITIATOR_WORDS, helpWords } from './words.js';

const SHOWN = 10;

/** Time together with someone, newest first. */
export function InteractionHistory({
  state,
  names,
}: {
  state: Loaded<Interaction[]>;
  /** Everyone on the map by id, to name the others who were there too. */
  names: Map<string, string>;
}) {
  const user = useUser();
  const removeInteraction = useRemoveInteraction();
  const [showAll, setShowAll] = useState(false);
  const [deleting, setDeleting] = useState<Interaction | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  async function confirmDelete() {
    if (!deleting) return;
    setBusy(true);
    try {
      await removeInteraction(deleting.id);
      setMessage({ text: 'That time together is deleted.', tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <section className="interaction-history" aria-labelledby="history-heading">
      <h2 id="history-heading">Time together so far</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.length === 0 ? <p className="muted">Nothing logged yet.</p> : null}
      {state.status === 'ready' && state.data.length ? (
        <ul className="moment-list" aria-label="Time together, newest first">
          {(showAll ? state.data : state.data.slice(0, SHOWN)).map((i) => {
            const when = formatShortDateTime(i.occurredAt, user.timeZone);
            const gave = helpWords(i.gave);
            const received = helpWords(i.received);
            const others = i.personIds.length > 1 ? i.personIds.map((id) => names.get(id) ?? 'someone').join(', ') : null;
            return (
              <li key={i.id} className="moment interaction">
                <p className="moment-head">
                  <span className="stage-badge">{CHANNEL_WORDS[i.channel]}</span>
                  <span>{INITIATOR_WORDS[i.initiatedBy]}</span>
                </p>
                <p className="muted moment-when">
                  {when}
                  {i.minutes ? ` · ${i.minutes} min` : ''}
                </p>
                {others ? <p>With {others}</p> : null}
                <p>
                  Warmth {i.warmth} of 5 · felt supported {i.support} of 5
                </p>
                {gave || received ? (
                  <p>
                    {gave ? `You helped${gave === 'yes' ? '' : `: ${gave}`}` : null}
                    {gave && received ? ' · ' : null}
                    {received ? `They helped you${received === 'yes' ? '' : `: ${received}`}` : null}
                  </p>
                ) : null}
                {i.topics.length ? (
                  <ul className="tag-list" aria-label="Topics">
                    {i.topics.map((t) => (
                      <li key={t} className="tag tag-static">
                        {t}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {i.reflection ? <p className="moment-note">{i.reflection}</p> : null}
                <div className="actions">
                  <Link to={`/people/log?edit=${i.id}`} state={{ interaction: i }} className="button button-quiet">
                    Edit<span className="visually-hidden"> the time together from {when}</span>
                  </Link>
                  <Button variant="quiet" onClick={() => setDeleting(i)}>
                    Delete…<span className="visually-hidden"> the time together from {when}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {state.status === 'ready' && state.data.length > SHOWN && !showAll ? (
        <Button variant="quiet" onClick={() => setShowAll(true)}>
          Show earlier times
        </Button>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this time together?"
        confirmLabel="Delete it"
        tone="danger"
        busy={busy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>Deleting is permanent. It also leaves the give-and-take summary and your insights.</p>
      </ConfirmDialog>
    </section>
  );
}
