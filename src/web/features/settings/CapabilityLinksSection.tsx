import { useCallback, useEffect, useState } from 'react';
import type { CapabilityLink } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormMessage } from '../../components/FormMessage.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { settingsApi } from './api.js';

/** The calendar feed and unanswered feedback questions: addresses that open something without signing in. */
export function CapabilityLinksSection({ version }: { version: number }) {
  const user = useUser();
  const [items, setItems] = useState<CapabilityLink[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setItems((await settingsApi.capabilityLinks(signal)).items);
    } catch (err) {
      if (signal?.aborted) return;
      setMessage(err instanceof ApiError ? err.friendly : 'The list could not be loaded just now.');
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload, version]);

  async function turnOff() {
    setBusy(true);
    try {
      await settingsApi.revokeCapabilityLinks();
      setMessage('They’re all off. You can make a new calendar address whenever you like.');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong; please try again.');
    } finally {
      setBusy(false);
      setConfirming(false);
      await reload();
    }
  }

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">Links that work without signing in</h2>
      <p>Anyone who has one of these addresses can open it. Changing your password turns them all off too.</p>
      {items === null ? <p className="muted">Loading your links…</p> : null}
      {items && items.length === 0 ? <p className="muted">None right now.</p> : null}
      {items && items.length > 0 ? (
        <ul className="link-list">
          {items.map((l) => (
            <li key={`${l.kind}-${l.id}`} className="session">
              <div>
                <p className="session-name">{l.label}</p>
                <p className="session-meta">
                  Made {formatShortDateTime(l.createdAt, user.timeZone)}
                  {l.expiresAt ? ` · closes by itself ${formatShortDateTime(l.expiresAt, user.timeZone)}` : ''}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={message} tone="info" />
      {items && items.length > 0 ? (
        <div className="actions">
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Turn them all off
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Turn off these links?"
        confirmLabel="Turn them off"
        cancelLabel="Keep them"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void turnOff()}
      >
        <p>
          Your calendar app will stop getting updates until you add a new address. Questions not yet answered will close; answers you have
          stay.
        </p>
      </ConfirmDialog>
    </section>
  );
}
