import { APP_LOCK_IDLE_CHOICES, SetAppLockBody, type AppLockState } from '../../../../contracts/account/app-lock.js';
import { Button } from '../../../components/Button.js';
import { PasswordField, SelectField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { loaded } from '../../../query/loaded.js';
import { appLockApi } from '../app-lock/api.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { useAppLock, useAppLockKept } from './queries.js';

/** An optional PIN that hides Steady on a shared phone or laptop after a quiet spell (issue 14.8). */
export function AppLockSection() {
  const { t } = useTranslation('settings');
  const state = loaded(useAppLock());
  return (
    <section className="card" aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">{t('appLock.heading')}</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {/* Drawn once the saved setting is known, so the form starts from it. */}
      {state.status === 'ready' ? <AppLockForm current={state.data} /> : null}
      <p className="muted">{t('appLock.quickExit')}</p>
    </section>
  );
}

function AppLockForm({ current }: { current: AppLockState }) {
  const { t } = useTranslation('settings');
  const { t: words } = useTranslation('appLock');
  const kept = useAppLockKept();
  const start = { pin: '', idleMinutes: current.idleMinutes ?? 5 };
  const form = useSteadyForm({
    schema: SetAppLockBody,
    defaultValues: start,
    invalidMessage: null,
    fieldMessages: { pin: t('appLock.pinRule') },
    onSubmit: async (body) => {
      off.setNotice(null);
      const next = await appLockApi.set(body);
      kept(next);
      form.reset({ pin: '', idleMinutes: next.idleMinutes ?? 5 });
      form.setNotice({ text: t('appLock.on'), tone: 'success' });
    },
  });
  const off = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async () => {
      form.setNotice(null);
      form.clearErrors();
      kept(await appLockApi.remove());
      form.reset({ pin: '', idleMinutes: form.values.idleMinutes });
      off.setNotice({ text: t('appLock.off'), tone: 'success' });
    },
  });
  const { values, errors, set } = form;
  const notice = form.notice ?? off.notice;
  const on = current.enabled;

  return (
    <>
      <p>
        {t('appLock.lead')} {on ? t('appLock.isOn', { when: words(`idle.${current.idleMinutes ?? 5}`).toLowerCase() }) : t('appLock.isOff')}
      </p>
      <FormShell form={form} className="form">
        <PasswordField
          label={on ? t('appLock.newPin') : t('appLock.pin')}
          name="pin"
          autoComplete="new-password"
          hint={t('appLock.pinHint')}
          value={values.pin}
          onChange={(e) => set({ pin: e.target.value })}
          error={errors.pin}
        />
        <SelectField
          label={t('appLock.lock')}
          name="idleMinutes"
          value={values.idleMinutes}
          onChange={(e) => set({ idleMinutes: Number(e.target.value) as typeof values.idleMinutes })}
          error={errors.idleMinutes}
        >
          {APP_LOCK_IDLE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {words(`idle.${n}`)}
            </option>
          ))}
        </SelectField>
        <FormMessage message={notice?.text ?? null} tone={notice?.tone ?? 'info'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
            {on ? t('appLock.change') : t('appLock.turnOn')}
          </Button>
          {on ? (
            <Button variant="quiet" disabled={form.busy} busy={off.busy} busyLabel={t('saving')} onClick={() => void off.submitWith()}>
              {t('appLock.turnOff')}
            </Button>
          ) : null}
        </div>
      </FormShell>
    </>
  );
}
