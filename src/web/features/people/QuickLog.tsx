import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { CHANNELS, type Channel, type Interaction } from '../../../contracts/interactions.js';
import type { Person } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { useCreateInteraction } from './queries.js';
import { CHANNEL_WORDS } from './words.js';

/**
 * Two taps: "Log time together", then how. It is saved as just now, started by both of you, and
 * middling warmth and support (3 of 5); "Add how it felt" opens the full form for that one.
 */
export function QuickLog({ person }: { person: Person }) {
  const createInteraction = useCreateInteraction();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<Channel | null>(null);
  const [logged, setLogged] = useState<Interaction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstChannel = useRef<HTMLButtonElement>(null);

  async function log(channel: Channel) {
    if (busy) return;
    setBusy(channel);
    setError(null);
    try {
      const { interaction } = await createInteraction({
        personIds: [person.id],
        occurredAt: new Date().toISOString(),
        channel,
        initiatedBy: 'mutual',
        warmth: 3,
        support: 3,
      });
      setLogged(interaction);
      setOpen(false);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(`${err.friendly} Nothing was logged; you can try again.`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section id="log" className="card quick-log" aria-labelledby="quick-log-heading" tabIndex={-1}>
      <h2 id="quick-log-heading">Time together</h2>
      {!open ? (
        <div className="actions">
          <Button
            variant="primary"
            aria-expanded={false}
            onClick={() => {
              setOpen(true);
              setLogged(null);
              requestAnimationFrame(() => firstChannel.current?.focus());
            }}
          >
            Log time together
          </Button>
          <Link to={`/people/log?person=${person.id}`} className="button button-quiet">
            Log with more detail
          </Link>
        </div>
      ) : (
        <fieldset className="field quick-channels">
          <legend className="field-label">How were you in touch with {person.name}?</legend>
          <p className="field-hint">One tap saves it as just now; you can add how it felt afterwards.</p>
          <ul className="toggle-chips">
            {CHANNELS.map((c, i) => (
              <li key={c}>
                <button type="button" ref={i === 0 ? firstChannel : undefined} className="toggle-chip" onClick={() => void log(c)}>
                  {busy === c ? 'Saving…' : CHANNEL_WORDS[c]}
                </button>
              </li>
            ))}
          </ul>
          <div className="actions">
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </fieldset>
      )}
      <FormMessage
        message={
          logged
            ? `Logged: ${CHANNEL_WORDS[logged.channel].toLowerCase()} with ${person.name}, just now. Their rhythm starts fresh.`
            : error
        }
        tone={logged ? 'success' : 'error'}
      />
      {logged ? (
        <p>
          <Link to={`/people/log?edit=${logged.id}`} state={{ interaction: logged }}>
            Add how it felt
          </Link>
        </p>
      ) : null}
    </section>
  );
}
