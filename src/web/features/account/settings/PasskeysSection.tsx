import { browserSupportsWebAuthn, startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useState } from 'react';
import {
  DeletePasskeyBody,
  FinishPasskeyRegistrationBody,
  RenamePasskeyBody,
  type Passkey,
} from '../../../../contracts/account/two-step.js';
import { useSession } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { PasswordConfirm } from '../../../components/PasswordConfirm.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { useChange } from '../../../query/mutations.js';
import { FACTOR_CHANGES, usePasskeys } from './queries.js';
import { RecoveryCodesView } from './RecoveryCodesView.js';
import { twoStepApi } from './twoStepApi.js';

/** The name is checked before the device is asked; the credential comes from the device afterwards. */
const NewPasskey = FinishPasskeyRegistrationBody.pick({ name: true });

/** Settings → Passkeys: add one on this device, name them, remove them. */
export function PasskeysSection() {
  const { t } = useTranslation('settings');
  const { user } = useSession();
  const timeZone = user?.timeZone ?? 'UTC';
  const state = loaded(usePasskeys());
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const finish = useChange(twoStepApi.finishPasskey, FACTOR_CHANGES);
  const remove = useChange(twoStepApi.deletePasskey, FACTOR_CHANGES);
  const supported = browserSupportsWebAuthn();

  const form = useSteadyForm({
    schema: NewPasskey,
    defaultValues: { name: t('passkeys.defaultName') },
    // A name left empty is not a mistake: the passkey is simply called "Passkey".
    toBody: ({ name }) => ({ name: name.trim() || t('passkeys.fallbackName') }),
    invalidMessage: null,
    fieldMessages: { name: t('passkeys.nameRule') },
    onSubmit: async ({ name }) => {
      const { options } = await twoStepApi.startPasskey();
      let credential;
      try {
        credential = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
      } catch {
        // The browser's own dialog was closed or refused: nothing happened, and that is fine.
        form.setNotice({ text: t('passkeys.notAdded'), tone: 'info' });
        return;
      }
      const result = await finish(name ?? t('passkeys.fallbackName'), credential);
      if (result.recoveryCodes) setCodes(result.recoveryCodes);
      form.setNotice({ text: t('passkeys.added', { name: result.passkey.name }), tone: 'success' });
    },
  });

  const items = state.status === 'ready' ? state.data : null;

  return (
    <section className="card" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t('passkeys.heading')}</h2>
      <p>{t('passkeys.lead')}</p>
      {codes ? <RecoveryCodesView codes={codes} onDone={() => setCodes(null)} /> : null}
      {state.status === 'loading' ? <Loading label={t('passkeys.loading')} /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {items && items.length > 0 ? (
        <ul className="passkey-list">
          {items.map((p) => (
            <li key={p.id} className="passkey">
              <PasskeyLabel passkey={p} timeZone={timeZone} />
              {removing === p.id ? (
                <PasswordConfirm
                  schema={DeletePasskeyBody}
                  submitLabel={t('passkeys.remove', { name: p.name })}
                  dialog={{
                    title: t('passkeys.removeTitle', { name: p.name }),
                    body: <p>{t('passkeys.removeBody')}</p>,
                    confirmLabel: t('passkeys.removeConfirm'),
                    cancelLabel: t('passkeys.keep'),
                  }}
                  action={async (password) => {
                    await remove(p.id, password);
                    setRemoving(null);
                    form.setNotice({ text: t('passkeys.removed', { name: p.name }), tone: 'success' });
                  }}
                />
              ) : (
                <Button onClick={() => setRemoving(p.id)}>
                  {t('passkeys.removeStart')}
                  <span className="visually-hidden"> {p.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {items && items.length === 0 ? <p className="muted">{t('passkeys.none')}</p> : null}
      {supported ? (
        <FormShell form={form} className="form">
          <TextField
            label={t('passkeys.newName')}
            name="name"
            value={form.values.name}
            maxLength={60}
            onChange={(e) => form.set({ name: e.target.value })}
            error={form.errors.name}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('passkeys.waiting')}>
              {t('passkeys.add')}
            </Button>
          </div>
        </FormShell>
      ) : (
        <p className="muted">{t('passkeys.unsupported')}</p>
      )}
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
    </section>
  );
}

/** A passkey's name, renamed in place. */
function PasskeyLabel({ passkey, timeZone }: { passkey: Passkey; timeZone: string }) {
  const { t } = useTranslation('settings');
  const [editing, setEditing] = useState(false);
  const rename = useChange(twoStepApi.renamePasskey, FACTOR_CHANGES);
  const form = useSteadyForm({
    schema: RenamePasskeyBody,
    defaultValues: { name: passkey.name },
    invalidMessage: null,
    fieldMessages: { name: t('passkeys.nameRule') },
    onSubmit: async ({ name }) => {
      await rename(passkey.id, name);
      setEditing(false);
    },
  });

  if (editing) {
    return (
      <FormShell form={form} className="form">
        <TextField
          label={t('passkeys.name')}
          name="name"
          value={form.values.name}
          maxLength={60}
          onChange={(e) => form.set({ name: e.target.value })}
          error={form.errors.name ?? (form.notice?.tone === 'error' ? form.notice.text : undefined)}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
            {t('passkeys.saveName')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('cancel')}</Button>
        </div>
      </FormShell>
    );
  }
  const when = (iso: string) => formatShortDateTime(iso, timeZone);
  return (
    <div>
      <p className="session-name">{passkey.name}</p>
      <p className="session-meta">
        {passkey.lastUsedAt
          ? t('passkeys.addedUsed', { added: when(passkey.createdAt), used: when(passkey.lastUsedAt) })
          : t('passkeys.addedAt', { added: when(passkey.createdAt) })}
      </p>
      <Button onClick={() => setEditing(true)}>
        {t('passkeys.rename')}
        <span className="visually-hidden"> {passkey.name}</span>
      </Button>
    </div>
  );
}
