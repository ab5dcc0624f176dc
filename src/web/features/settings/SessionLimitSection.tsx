import { useState } from 'react';
import { SESSION_IDLE_CHOICES, type SessionIdle } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { useSession, useUser } from '../../auth/session.js';
import { SelectField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { settingsApi } from './api.js';

const LABELS: Record<SessionIdle, string> = {
  '30m': 'After 30 minutes',
  '2h': 'After 2 hours',
  '1d': 'After a day',
  '7d': 'After a week',
  '30d': 'After 30 days',
};

/** How long Steady stays signed in on a device nobody uses; saved as soon as it is chosen. */
export function SessionLimitSection() {
  const user = useUser();
  const { updateUser } = useSession();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);

  async function choose(sessionIdle: SessionIdle) {
    try {
      const res = await settingsApi.updateProfile({ sessionIdle });
      updateUser(res.user);
      setMessage({ text: 'Saved. It applies to every device you’re signed in on.', tone: 'success' });
    } catch (err) {
      setMessage({ text: err instanceof ApiError ? err.friendly : 'That did not save; please try again.', tone: 'error' });
    }
  }

  return (
    <section className="card" aria-labelledby="session-limit-heading">
      <h2 id="session-limit-heading">Staying signed in</h2>
      <p>When a device goes unused for a while, Steady asks for your password again. Every sign-in also ends after 30 days.</p>
      <SelectField
        label="Ask for my password again"
        name="sessionIdle"
        value={user.sessionIdle}
        onChange={(e) => void choose(e.target.value as SessionIdle)}
      >
        {SESSION_IDLE_CHOICES.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </SelectField>
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
