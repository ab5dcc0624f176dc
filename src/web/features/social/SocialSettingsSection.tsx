import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { useTranslation } from '../../i18n/i18n.js';
import { loaded } from '../../query/loaded.js';
import { failure } from './queries.js';
import { useNewCalendarAddress, useSocialSettings, useUpdateSocialSettings } from './socialQueries.js';

/** Whether the calendar feed gently shows "Maybe reach out to …" on the day a rhythm comes round. */
export function SocialSettingsSection() {
  const { t } = useTranslation('social');
  const state = loaded(useSocialSettings());
  const update = useUpdateSocialSettings();
  const address = useNewCalendarAddress();
  const saved = state.status === 'ready' ? state.data.rhythmsInCalendar : false;
  // What the person just chose shows at once, kept in this component's own state and set in the
  // click itself: the mutation's state arrives a tick later, and a controlled box would be redrawn
  // with the old value in between (a flicker, and a click that seems not to take). It gives way to
  // the saved value once that has been read back the same, and at once if the change fails.
  const [chosen, setChosen] = useState<boolean | null>(null);
  if (chosen !== null && !update.isPending && saved === chosen) setChosen(null);
  const on = chosen ?? saved;
  const problem = failure(update.error ?? address.error);
  const message = problem
    ? { text: problem, tone: 'error' as const }
    : update.isSuccess
      ? { text: update.variables ? t('settings.on') : t('settings.off'), tone: 'success' as const }
      : null;

  return (
    <section className="card" aria-labelledby="social-settings-heading">
      <h2 id="social-settings-heading">{t('people.title')}</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            disabled={update.isPending}
            aria-describedby="rhythms-hint"
            onChange={(e) => {
              const next = e.target.checked;
              setChosen(next);
              address.reset();
              update.mutate(next, { onError: () => setChosen(null) });
            }}
          />
          {t('settings.show')}
        </label>
      ) : null}
      <p id="rhythms-hint" className="field-hint">
        {t('settings.hint')}
      </p>
      {state.status === 'ready' && on ? (
        address.data ? (
          <div className="field">
            <label htmlFor="social-feed-url" className="field-label">
              {t('settings.address')}
            </label>
            <input id="social-feed-url" className="input" readOnly value={address.data.url} onFocus={(e) => e.target.select()} />
            <p className="field-hint">{t('settings.addressHint')}</p>
          </div>
        ) : (
          <div className="actions">
            <Button
              busy={address.isPending}
              onClick={() => {
                update.reset();
                address.mutate();
              }}
            >
              {t('settings.make')}
            </Button>
            <p className="field-hint">{t('settings.replaces')}</p>
          </div>
        )
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
