import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { loaded } from '../../query/loaded.js';
import { Button } from '../../components/Button.js';
import { pairApi } from '../pair/api.js';
import { useSocialSettings, useUpdateSocialSettings } from './socialQueries.js';

/** Whether the calendar feed gently shows "Maybe reach out to …" on the day a rhythm comes round. */
export function SocialSettingsSection() {
  const state = loaded(useSocialSettings());
  const updateSettings = useUpdateSocialSettings();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  // What the person just chose shows at once; the saved value takes over after each load.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = chosen ?? (state.status === 'ready' ? state.data.rhythmsInCalendar : false);

  async function makeAddress() {
    try {
      setFeedUrl((await pairApi.rotateCalendar()).url);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    }
  }

  async function toggle(next: boolean) {
    setBusy(true);
    setChosen(next);
    try {
      await updateSettings(next);
      setMessage({ text: next ? 'Rhythms will show in your calendar feed.' : 'Rhythms are out of your calendar feed.', tone: 'success' });
    } catch (err) {
      setChosen(null);
      if (!(err instanceof ApiError)) throw err;
      setMessage({ text: err.friendly, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="social-settings-heading">
      <h2 id="social-settings-heading">People</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            disabled={busy}
            aria-describedby="rhythms-hint"
            onChange={(e) => void toggle(e.target.checked)}
          />
          Show rhythms in my calendar feed
        </label>
      ) : null}
      <p id="rhythms-hint" className="field-hint">
        On the day someone’s rhythm comes round, your calendar feed shows a gentle all-day “Maybe reach out to …”. Only you see it.
      </p>
      {state.status === 'ready' && on ? (
        feedUrl ? (
          <div className="field">
            <label htmlFor="social-feed-url" className="field-label">
              Your calendar feed address
            </label>
            <input id="social-feed-url" className="input" readOnly value={feedUrl} onFocus={(e) => e.target.select()} />
            <p className="field-hint">Add it to your calendar app as a subscription. Keep it private, like a password.</p>
          </div>
        ) : (
          <div className="actions">
            <Button onClick={() => void makeAddress()}>Make a calendar feed address</Button>
            <p className="field-hint">A new address replaces any earlier one (including the check-in calendar on the Partner page).</p>
          </div>
        )
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
