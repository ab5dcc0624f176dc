import { useState } from 'react';
import type { CapabilityLink } from '../../../../contracts/account/auth.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { useChange } from '../../../query/mutations.js';
import { settingsApi } from './api.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { settingsKeys, useCapabilityLinks } from './queries.js';

/** The calendar feed and unanswered feedback questions: addresses that open something without signing in. */
export function CapabilityLinksSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const state = loaded(useCapabilityLinks());
  const revoke = useChange(settingsApi.revokeCapabilityLinks, [settingsKeys.capabilityLinks()]);
  const [confirming, setConfirming] = useState(false);
  const form = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async () => {
      try {
        await revoke();
        form.setNotice({ text: t('links.allOff'), tone: 'info' });
      } finally {
        setConfirming(false);
      }
    },
  });

  const items = state.status === 'ready' ? state.data : null;
  // The server names the kind and the person; the words around the name are the screen's.
  const label = (l: CapabilityLink) => (l.kind === 'calendar' ? t('links.calendar') : t('links.feedback', { name: l.personName ?? '' }));
  const when = (iso: string) => formatShortDateTime(iso, user.timeZone);

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('links.heading')}</h2>
      <p>{t('links.lead')}</p>
      {state.status === 'loading' ? <Loading label={t('links.loading')} /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {items && items.length === 0 ? <p className="muted">{t('links.none')}</p> : null}
      {items && items.length > 0 ? (
        <ul className="link-list">
          {items.map((l) => (
            <li key={`${l.kind}-${l.id}`} className="session">
              <div>
                <p className="session-name">{label(l)}</p>
                <p className="session-meta">
                  {l.expiresAt
                    ? t('links.madeCloses', { made: when(l.createdAt), closes: when(l.expiresAt) })
                    : t('links.made', { made: when(l.createdAt) })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={form.notice?.text ?? null} tone="info" />
      {items && items.length > 0 ? (
        <div className="actions">
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('links.turnOff')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('links.confirmTitle')}
        confirmLabel={t('links.confirm')}
        cancelLabel={t('links.keep')}
        busy={form.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void form.submitWith()}
      >
        <p>{t('links.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
