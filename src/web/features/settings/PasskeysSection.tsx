import { browserSupportsWebAuthn, startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { DeletePasskeyBody, PasskeyName, type Passkey } from '../../../contracts/two-step.js';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { PasswordConfirm } from '../../components/PasswordConfirm.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { RecoveryCodesView } from './RecoveryCodesView.js';
import { twoStepApi } from './twoStepApi.js';

/** Settings → Passkeys: add one on this device, name them, remove them. */
export function PasskeysSection({ onChanged }: { onChanged: () => void }) {
  const { user } = useSession();
  const timeZone = user?.timeZone ?? 'UTC';
  const [items, setItems] = useState<Passkey[] | null>(null);
  const [name, setName] = useState('This device');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' | 'info' } | null>(null);
  const [busy, setBusy] = useState(false);
  const supported = browserSupportsWebAuthn();

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setItems((await twoStepApi.passkeys(signal)).items);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      if (err instanceof ApiError) setMessage({ text: err.friendly, tone: 'error' });
      else throw err;
    }
  }, []);

  useEffect(() => {
    const ctrl = new AbortController();
    void reload(ctrl.signal);
    return () => ctrl.abort();
  }, [reload]);

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const { options } = await twoStepApi.startPasskey();
      const credential = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
      const result = await twoStepApi.finishPasskey(name.trim() || 'Passkey', credential);
      if (result.recoveryCodes) setCodes(result.recoveryCodes);
      setMessage({ text: `“${result.passkey.name}” is added. You can sign in with it.`, tone: 'success' });
      await reload();
      onChanged();
    } catch (err) {
      if (err instanceof ApiError) setMessage({ text: err.friendly, tone: 'error' });
      // The browser's own dialog was closed or refused: nothing happened, and that is fine.
      else setMessage({ text: 'No passkey was added. You can try again whenever you like.', tone: 'info' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>
        A passkey lets this device’s screen lock (a fingerprint, face or PIN) sign you in, with no password to type. It also works as the
        second step after your password.
      </p>
      {codes ? <RecoveryCodesView codes={codes} onDone={() => setCodes(null)} /> : null}
      {items === null ? <p className="muted">Loading your passkeys…</p> : null}
      {items && items.length > 0 ? (
        <ul className="passkey-list">
          {items.map((p) => (
            <li key={p.id} className="passkey">
              <PasskeyLabel passkey={p} timeZone={timeZone} onRenamed={() => void reload()} />
              {removing === p.id ? (
                <PasswordConfirm
                  schema={DeletePasskeyBody}
                  submitLabel={`Remove “${p.name}”`}
                  dialog={{
                    title: `Remove “${p.name}”?`,
                    body: <p>This passkey will no longer sign you in. Your password and anything else you have set up still work.</p>,
                    confirmLabel: 'Remove it',
                    cancelLabel: 'Keep it',
                  }}
                  action={async (password) => {
                    await twoStepApi.deletePasskey(p.id, password);
                    setRemoving(null);
                    setMessage({ text: `“${p.name}” is removed.`, tone: 'success' });
                    await reload();
                    onChanged();
                  }}
                />
              ) : (
                <Button onClick={() => setRemoving(p.id)}>
                  Remove<span className="visually-hidden"> {p.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {items && items.length === 0 ? <p className="muted">No passkeys yet.</p> : null}
      {supported ? (
        <form noValidate className="form" onSubmit={(e) => void add(e)}>
          <TextField
            label="Name for the new passkey"
            name="passkeyName"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Waiting for your device…">
              Add a passkey
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">This browser cannot make passkeys. Another browser or device may.</p>
      )}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}

/** A passkey's name, renamed in place. */
function PasskeyLabel({ passkey, timeZone, onRenamed }: { passkey: Passkey; timeZone: string; onRenamed: () => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(passkey.name);
  const [error, setError] = useState<string | undefined>(undefined);

  async function save(e: FormEvent) {
    e.preventDefault();
    const checked = PasskeyName.safeParse(value);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    try {
      await twoStepApi.renamePasskey(passkey.id, checked.data);
      setEditing(false);
      onRenamed();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.fieldErrors.name ?? err.friendly);
    }
  }

  if (editing) {
    return (
      <form noValidate className="form" onSubmit={(e) => void save(e)}>
        <TextField label="Passkey name" name="name" value={value} maxLength={60} onChange={(e) => setValue(e.target.value)} error={error} />
        <div className="actions">
          <Button type="submit" variant="primary">
            Save name
          </Button>
          <Button onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <div>
      <p className="session-name">{passkey.name}</p>
      <p className="session-meta">
        Added {formatShortDateTime(passkey.createdAt, timeZone)}
        {passkey.lastUsedAt ? ` · last used ${formatShortDateTime(passkey.lastUsedAt, timeZone)}` : ''}
      </p>
      <Button onClick={() => setEditing(true)}>
        Rename<span className="visually-hidden"> {passkey.name}</span>
      </Button>
    </div>
  );
}
