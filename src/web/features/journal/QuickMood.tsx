import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useCreateEntry } from './queries.js';

/** Five steps over the 0–10 mood scale: enough to tell days apart, few enough to choose in one tap. */
export const QUICK_MOODS = [
  { label: 'Very low', mood: 1 },
  { label: 'Low', mood: 3 },
  { label: 'Okay', mood: 5 },
  { label: 'Good', mood: 7 },
  { label: 'Very good', mood: 9 },
] as const;

/** One tap saves a mood as a journal entry with no words; writing stays an offer, not a price. */
export function QuickMood() {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const createEntry = useCreateEntry();

  async function save(label: string, mood: number) {
    setBusy(true);
    try {
      // The outbox gives each tap its own Idempotency-Key, so a retry never makes a second entry.
      await createEntry.mutateAsync({ mood });
      setStatus(`Mood saved: ${label.toLowerCase()}.`);
    } catch (err) {
      setStatus(err instanceof ApiError ? err.friendly : 'That didn’t save just now.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card quick-mood" aria-labelledby="quick-mood-heading">
      <h2 id="quick-mood-heading">How are you, in one tap?</h2>
      <div className="choice-row" role="group" aria-labelledby="quick-mood-heading">
        {QUICK_MOODS.map((m) => (
          <button key={m.mood} type="button" className="button button-secondary" disabled={busy} onClick={() => void save(m.label, m.mood)}>
            {m.label}
          </button>
        ))}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
