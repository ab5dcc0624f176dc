import { useState } from 'react';
import type { Person } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { formatDate } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useCreateFeedbackLink, useFeedbackLinks } from './queries.js';

/**
 * A one-time link to ask how time together was for them. The address exists only in this answer:
 * Steady keeps its hash, so it is shown once, to copy and send.
 */
export function FeedbackCard({ person }: { person: Person }) {
  const user = useUser();
  const state = loaded(useFeedbackLinks(person.id));
  const createLink = useCreateFeedbackLink();
  const [made, setMade] = useState<{ url: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      const link = await createLink(person.id);
      setMade(link);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      setMessage({ text: 'Copied. Paste it into a message to them.', tone: 'success' });
    } catch {
      setMessage({ text: 'Copying didn’t work here; select the address and copy it yourself.', tone: 'error' });
    }
  }

  const answered = state.status === 'ready' ? state.data.filter((f) => f.answer) : [];
  const waiting = state.status === 'ready' ? state.data.filter((f) => f.status === 'pending').length : 0;

  return (
    <section className="card feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback from them</h2>
      <p className="muted">
        After time together, you can send {person.name} a one-time link. They answer without an account: what felt supportive, and what
        could be different. They see only your display name and the questions.
      </p>
      {made ? (
        <div className="feedback-link">
          <label htmlFor="feedback-url" className="field-label">
            Your link for {person.name}
          </label>
          <input id="feedback-url" className="input" readOnly value={made.url} onFocus={(e) => e.target.select()} />
          <p className="field-hint">It works once, until {formatDate(made.expiresAt, user.timeZone)}. This is the only time it’s shown.</p>
          <div className="actions">
            <Button onClick={() => void copy()}>Copy the link</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button onClick={() => void create()} busy={busy} busyLabel="Making a link…">
            Make a feedback link
          </Button>
        </div>
      )}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {waiting ? <p className="muted">{waiting === 1 ? 'One link is' : `${waiting} links are`} still open.</p> : null}
      {answered.length ? (
        <ul className="moment-list" aria-label="Their answers, newest first">
          {answered.map((f) => (
            <li key={f.id} className="moment feedback-answer">
              <p className="muted moment-when">Answered {formatDate(f.answeredAt ?? f.createdAt, user.timeZone)}</p>
              <p className="feedback-q">What felt supportive</p>
              <p className="moment-note">{f.answer!.supportive}</p>
              {f.answer!.different ? (
                <>
                  <p className="feedback-q">What could be different</p>
                  <p className="moment-note">{f.answer!.different}</p>
                </>
              ) : null}
              {f.answer!.other ? (
                <>
                  <p className="feedback-q">Anything else</p>
                  <p className="moment-note">{f.answer!.other}</p>
                </>
              ) : null}
              {f.answer!.crisis ? (
                <>
                  <p>
                    Something in {person.name}’s words suggests they may be going through a very hard time. You’re not responsible for
                    fixing it; if it feels right, check in with them, and these lines are there for them and for you.
                  </p>
                  <CrisisPanel region={user.region} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
