import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Urge } from '../../../contracts/urges.js';
import { ApiError } from '../../api/client.js';
import { registerForgetter } from '../../auth/forget.js';
import { useUser } from '../../auth/session.js';
import { useTranslation } from '../../i18n/i18n.js';
import { Button } from '../../components/Button.js';
import { RatingField } from '../../components/RatingField.js';
import { readMeta, writeMeta } from '../../offline/outbox.js';
import { actionLabel } from './actions.js';
import { urgesApi } from './api.js';
import { useAddFollowUp } from './queries.js';
import { minutesSince } from './pauses.js';

/**
 * The two moments relief is measured at, with the same windows the insights use: "about half an
 * hour" is 15–60 minutes after the urge, "about two hours" is 61–180.
 */
const POINTS = [
  { point: 30, min: 15, max: 60 },
  { point: 120, min: 61, max: 180 },
] as const;

/** Only on calm, general screens: never during a tool, the urge log or the SOS page. */
const SHOWN_ON = new Set(['/home', '/journal', '/tools', '/insights', '/urges']);
const RECHECK_MS = 5 * 60_000;
const DISMISSED = 'dismissedFollowUps';

interface Ask {
  urge: Urge;
  point: number;
  key: string;
}

let dismissed: { user: string; keys: Set<string> } | null = null;
registerForgetter(() => {
  dismissed = null;
});

async function dismissedKeys(user: string): Promise<Set<string>> {
  if (dismissed?.user !== user) dismissed = { user, keys: new Set((await readMeta<string[]>(user, DISMISSED)) ?? []) };
  return dismissed.keys;
}

export function findAsk(urges: Urge[], skip: Set<string>, now = Date.now()): Ask | null {
  for (const urge of urges) {
    const age = minutesSince(urge.occurredAt, now);
    for (const p of POINTS) {
      if (age < p.min || age > p.max) continue;
      const key = `${urge.id}:${p.point}`;
      if (skip.has(key)) continue;
      if (urge.followUps.some((f) => f.minutesAfter >= p.min && f.minutesAfter <= p.max)) continue;
      return { urge, point: p.point, key };
    }
  }
  return null;
}

/**
 * "How anxious do you feel now?", asked once for an urge from about 30 minutes or 2 hours ago
 * that has no rating for that moment yet. No notifications, no repeats: "Not now" means not now,
 * for that urge and that moment, on this device.
 */
export function FollowUpPrompt() {
  const { t } = useTranslation('urges');
  const location = useLocation();
  const user = useUser();
  const visible = SHOWN_ON.has(location.pathname);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [rating, setRating] = useState<number | null>(null);
  const [state, setState] = useState<'asking' | 'saving' | 'thanks'>('asking');
  const [error, setError] = useState<string | null>(null);
  const [checkedAt, setCheckedAt] = useState(0);
  const [wake, setWake] = useState(0);
  const addFollowUp = useAddFollowUp();

  useEffect(() => {
    if (!visible || ask || Date.now() - checkedAt < RECHECK_MS || !navigator.onLine) return;
    const controller = new AbortController();
    const from = new Date(Date.now() - (POINTS[1].max + 5) * 60_000).toISOString();
    Promise.all([urgesApi.list({ from, limit: 20 }, controller.signal), dismissedKeys(user.id)])
      .then(([page, skip]) => {
        setCheckedAt(Date.now());
        const next = findAsk(page.items, skip);
        if (next) {
          setAsk(next);
          setRating(null);
          setState('asking');
        }
      })
      .catch(() => {
        // A gentle extra, never an error message.
      });
    return () => controller.abort();
  }, [visible, ask, checkedAt, wake, user.id]);

  // Coming back to the app later counts as opening it again.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setWake((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  if (!ask || !visible) return null;

  async function dismiss() {
    if (!ask) return;
    const keys = await dismissedKeys(user.id);
    keys.add(ask.key);
    await writeMeta(user.id, DISMISSED, [...keys]);
    setAsk(null);
  }

  async function save() {
    if (!ask) return;
    if (rating === null) {
      setError('Move the slider to how anxious you feel now, or choose Not now.');
      return;
    }
    setState('saving');
    setError(null);
    try {
      await addFollowUp.mutateAsync({ ref: ask.urge.id, body: { minutesAfter: minutesSince(ask.urge.occurredAt), anxiety: rating } });
      setState('thanks');
    } catch (err) {
      setState('asking');
      setError(err instanceof ApiError ? err.friendly : 'That didn’t save just now.');
    }
  }

  const when = ask.point === 30 ? 'About half an hour ago' : 'A couple of hours ago';
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      {state === 'thanks' ? (
        <div className="follow-up-inner" role="status">
          <p className="follow-up-title" id="follow-up-heading">
            Thank you. That’s saved.
          </p>
          <p>Each of these shows a little more of how the feeling changes over time.</p>
          <Button variant="quiet" onClick={() => setAsk(null)}>
            Close
          </Button>
        </div>
      ) : (
        <div className="follow-up-inner">
          <h2 className="follow-up-title" id="follow-up-heading">
            A quick check-in, if you like
          </h2>
          <p>
            {when} you noticed an urge for reassurance
            {ask.urge.action === 'sought' ? ' and asked' : `, and chose “${actionLabel(ask.urge.action, t)}”`}.
          </p>
          <RatingField label="How anxious do you feel now?" value={rating} onChange={setRating} low="calm" high="overwhelming" />
          {error ? <p className="field-error">{error}</p> : null}
          <div className="actions">
            <Button variant="primary" busy={state === 'saving'} busyLabel="Saving…" onClick={() => void save()}>
              Save
            </Button>
            <Button variant="quiet" onClick={() => void dismiss()}>
              Not now
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
