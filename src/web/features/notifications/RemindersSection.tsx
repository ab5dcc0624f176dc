import { useEffect, useState } from 'react';
import {
  DAILY_MAX_LIMIT,
  DEFAULT_QUIET_HOURS,
  OFFERED_KINDS,
  NotificationSettingsBody,
  type KindSetting,
  type NotificationKind,
  type NotificationSettings,
} from '../../../contracts/notifications/notifications.js';
import { Button } from '../../components/Button.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { currentLocale, useTranslation } from '../../i18n/i18n.js';
import { loaded } from '../../query/loaded.js';
import { failedText } from '../reassurance/urges/queries.js';
import { notificationsApi } from './api.js';
import { devicePushState, startPushHere, stopPushHere, type DevicePush } from './devicePush.js';
import { useNotificationSettings, useSaveNotificationSettings } from './queries.js';

interface ReminderValues {
  kinds: Record<NotificationKind, KindSetting>;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  dailyMax: string;
}

function valuesOf(s: NotificationSettings): ReminderValues {
  return {
    kinds: s.kinds,
    quietOn: s.quietHours !== null,
    quietStart: s.quietHours?.start ?? DEFAULT_QUIET_HOURS.start,
    quietEnd: s.quietHours?.end ?? DEFAULT_QUIET_HOURS.end,
    dailyMax: String(s.dailyMax),
  };
}

/**
 * Settings → Reminders: which reminders, by which way, within which hours, how many a day; then
 * this device's notifications and a test. Nothing is on until the person turns it on here (or asks
 * for check-ins as they log an urge).
 */
export function RemindersSection() {
  const { t } = useTranslation('notifications');
  const state = loaded(useNotificationSettings());
  return (
    <section className="card reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('settings.heading')}</h2>
      <p>{t('settings.lead')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' ? <RemindersForm settings={state.data} /> : null}
      <DevicePushPart />
    </section>
  );
}

function RemindersForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation('notifications');
  const save = useSaveNotificationSettings();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSteadyForm({
    schema: NotificationSettingsBody,
    defaultValues: valuesOf(settings),
    toBody: (v: ReminderValues) => ({
      kinds: v.kinds,
      quietHours: v.quietOn ? { start: v.quietStart, end: v.quietEnd } : null,
      dailyMax: Number(v.dailyMax),
      // The words a push or an email carries follow the language the person uses the app in.
      locale: currentLocale(),
    }),
    onSubmit: async (body) => {
      const saved = await save.mutateAsync(body);
      form.reset(valuesOf(saved));
      form.setNotice({ text: t('settings.saved'), tone: 'success' });
    },
  });
  const { values, errors } = form;
  const setKind = (kind: NotificationKind, patch: Partial<KindSetting>) => {
    setSentTo(null);
    form.set({ kinds: { ...values.kinds, [kind]: { ...values.kinds[kind], ...patch } } });
  };
  const [testing, setTesting] = useState(false);
  const sendTest = async () => {
    setTesting(true);
    setSentTo(null);
    try {
      const result = await notificationsApi.sendTest();
      const places = result.channels.map((c) =>
        c === 'inbox'
          ? t('settings.test.inbox')
          : c === 'push'
            ? t('settings.test.push', { count: result.pushDevices })
            : t('settings.test.email'),
      );
      setSentTo(t('settings.test.sent', { places: new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(places) }));
    } catch (err) {
      setSentTo(failedText(err, t('settings.device.failed')));
    } finally {
      setTesting(false);
    }
  };

  return (
    <FormShell form={form} className="form">
      <fieldset className="reminder-kinds">
        <legend className="field-label">{t('settings.kindsLegend')}</legend>
        {OFFERED_KINDS.map((kind) => {
          const k = values.kinds[kind];
          const hintId = `reminder-${kind}-hint`;
          return (
            <fieldset key={kind} className="reminder-kind" aria-describedby={hintId}>
              <legend>{t(`settings.kindNames.${kind}`)}</legend>
              <p id={hintId} className="field-hint">
                {t(`settings.kindHints.${kind}`)}
              </p>
              <label className="check">
                <input type="checkbox" name={`kinds.${kind}.on`} checked={k.on} onChange={(e) => setKind(kind, { on: e.target.checked })} />
                {t('settings.on')}
              </label>
              {k.on ? (
                <div className="reminder-channels">
                  <label className="check">
                    <input
                      type="checkbox"
                      name={`kinds.${kind}.push`}
                      checked={k.push}
                      onChange={(e) => setKind(kind, { push: e.target.checked })}
                    />
                    {t('settings.push')}
                  </label>
                  {settings.emailAvailable ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        name={`kinds.${kind}.email`}
                        checked={k.email}
                        onChange={(e) => setKind(kind, { email: e.target.checked })}
                      />
                      {t('settings.email')}
                    </label>
                  ) : null}
                </div>
              ) : null}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className="reminder-kind" aria-describedby="quiet-hours-hint">
        <legend>{t('settings.quiet')}</legend>
        <p id="quiet-hours-hint" className="field-hint">
          {t('settings.quietHint')}
        </p>
        <label className="check">
          <input type="checkbox" name="quietOn" checked={values.quietOn} onChange={(e) => form.set({ quietOn: e.target.checked })} />
          {t('settings.quietOn')}
        </label>
        {values.quietOn ? (
          <div className="quiet-hours">
            <Field label={t('settings.quietFrom')} error={errors.quietHours}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="time"
                  name="quietHours"
                  className="input"
                  value={values.quietStart}
                  onChange={(e) => form.set({ quietStart: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('settings.quietTo')}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="time"
                  name="quietEnd"
                  className="input"
                  value={values.quietEnd}
                  onChange={(e) => form.set({ quietEnd: e.target.value })}
                />
              )}
            </Field>
          </div>
        ) : null}
      </fieldset>

      <Field label={t('settings.dailyMax')} hint={t('settings.dailyMaxHint')} error={errors.dailyMax}>
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="numeric"
            name="dailyMax"
            className="input input-short"
            min={1}
            max={DAILY_MAX_LIMIT}
            value={values.dailyMax}
            onChange={(e) => form.set({ dailyMax: e.target.value })}
          />
        )}
      </Field>
      <p className="field-hint">{t('settings.language')}</p>

      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('settings.save')}>
          {t('settings.save')}
        </Button>
        <Button busy={testing} onClick={() => void sendTest()}>
          {t('settings.test.button')}
        </Button>
      </div>
      <FormMessage message={sentTo ?? form.notice?.text ?? null} tone={sentTo ? 'info' : (form.notice?.tone ?? 'info')} />
    </FormShell>
  );
}

/** This device's notifications: its own state, since permission and subscription live in this browser. */
function DevicePushPart() {
  const { t } = useTranslation('notifications');
  const [device, setDevice] = useState<DevicePush | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; tone: 'success' | 'info' | 'error' } | null>(null);
  useEffect(() => {
    let live = true;
    void devicePushState().then((s) => {
      if (live) setDevice(s);
    });
    return () => {
      live = false;
    };
  }, []);

  const start = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const next = await startPushHere();
      setDevice(next);
      if (next === 'on') setSaid({ text: t('settings.device.started'), tone: 'success' });
      else if (next === 'off') setSaid({ text: t('settings.device.dismissed'), tone: 'info' });
    } catch (err) {
      setSaid({ text: failedText(err, t('settings.device.failed')), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const stop = async () => {
    setBusy(true);
    setSaid(null);
    try {
      await stopPushHere();
      setDevice('off');
      setSaid({ text: t('settings.device.stopped'), tone: 'success' });
    } catch (err) {
      setSaid({ text: failedText(err, t('settings.device.failed')), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reminders-device">
      <h3>{t('settings.device.heading')}</h3>
      {device === null ? <Loading /> : null}
      {device === 'unsupported' ? <p>{t('settings.device.unsupported')}</p> : null}
      {device === 'denied' ? <p>{t('settings.device.denied')}</p> : null}
      {device === 'on' || device === 'off' ? <p>{device === 'on' ? t('settings.device.on') : t('settings.device.off')}</p> : null}
      {device === 'off' ? (
        <div className="actions">
          <Button variant="primary" busy={busy} onClick={() => void start()}>
            {t('settings.device.start')}
          </Button>
        </div>
      ) : null}
      {device === 'on' ? (
        <div className="actions">
          <Button busy={busy} onClick={() => void stop()}>
            {t('settings.device.stop')}
          </Button>
        </div>
      ) : null}
      <FormMessage message={said?.text ?? null} tone={said?.tone ?? 'info'} />
    </div>
  );
}
