import type { Session } from '../../../../contracts/account/auth.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { useChange } from '../../../query/mutations.js';
import { describeAgent, settingsApi } from './api.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { settingsKeys, useSessions } from './queries.js';

/** The device a session is on, in words: "Chrome on Linux". */
export function useAgentName() {
  const { t } = useTranslation('settings');
  return (ua: string | null) => {
    const { browser, os } = describeAgent(ua);
    const name = browser === 'app' || browser === 'other' || browser === 'unknown' ? t(`sessions.browser.${browser}`) : browser;
    if (!os) return name;
    return t('sessions.agent', { browser: name, os: os === 'apple' || os === 'mac' ? t(`sessions.os.${os}`) : os });
  };
}

export function SessionsSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const agentName = useAgentName();
  const state = loaded(useSessions());
  const endSession = useChange(settingsApi.endSession, [settingsKeys.sessions()]);
  // Which sessions to end is what each press is for: one device's button, or "all other".
  const form = useSteadyForm<typeof NO_VALUES, typeof NoBody, { ids: string[]; all: boolean }>({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async (_, { ids, all }) => {
      for (const id of ids) await endSession(id);
      form.setNotice({ text: all ? t('sessions.allEnded') : t('sessions.ended'), tone: 'info' });
    },
  });

  const items: Session[] | null = state.status === 'ready' ? state.data : null;
  const others = items?.filter((s) => !s.current) ?? [];
  const when = (iso: string) => formatShortDateTime(iso, user.timeZone);
  const busyWith = form.busyWith;

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.heading')}</h2>
      <p>{t('sessions.lead')}</p>
      {state.status === 'loading' ? <Loading label={t('sessions.loading')} /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {items ? (
        <ul className="session-list">
          {items.map((s) => {
            const name = agentName(s.userAgent);
            return (
              <li key={s.id} className="session" data-current={s.current || undefined}>
                <div>
                  <p className="session-name">
                    {name}
                    {s.current ? <span className="badge">{t('sessions.thisDevice')}</span> : null}
                  </p>
                  <p className="session-meta">{t('sessions.meta', { signedIn: when(s.createdAt), active: when(s.lastSeenAt) })}</p>
                </div>
                {s.current ? null : (
                  <Button
                    variant="secondary"
                    busy={busyWith?.all === false && busyWith.ids[0] === s.id}
                    busyLabel={t('sessions.ending')}
                    onClick={() => void form.submitWith({ ids: [s.id], all: false })}
                  >
                    {t('sessions.end')}
                    <span className="visually-hidden">{t('sessions.endWhich', { name, active: when(s.lastSeenAt) })}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <FormMessage message={form.notice?.text ?? null} tone="info" />
      {others.length > 1 ? (
        <div className="actions">
          <Button
            busy={busyWith?.all === true}
            busyLabel={t('sessions.ending')}
            onClick={() => void form.submitWith({ ids: others.map((s) => s.id), all: true })}
          >
            {t('sessions.endAll')}
          </Button>
        </div>
      ) : null}
      {items && others.length === 0 ? <p className="muted">{t('sessions.onlyOne')}</p> : null}
    </section>
  );
}
